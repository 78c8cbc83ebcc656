package eu.vigil.removalorder;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;

import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.Violations;

/**
 * Completeness of an order before any rule of the Regulation is weighed: every mandatory Annex I field of
 * Sections A, B and E, at least one Art. 2(7) reason and one URL (R1), absolute http(s) URLs (R2), hashes of a
 * stated type and well formed (R38), the Art. 11(3) non-disclosure limit of six weeks (R9), and the fields each order type
 * makes mandatory (R53: Art. 2(7) reasons for TCO orders, territorial scope for DSA Art. 9 orders).
 */
@Component
class AnnexOneRules {

    /** Art. 11(3): non-disclosure for at most six weeks from the decision. */
    static final int NON_DISCLOSURE_DAYS = 42;
    /** Longest deadline an authority may set for types without a fixed one (30 days). */
    static final int MAX_DEADLINE_MINUTES = 30 * 24 * 60;

    private final OrderTypes types;
    private final eu.vigil.registry.ReferenceData reference;
    private final jakarta.validation.Validator limits;

    AnnexOneRules(OrderTypes types, eu.vigil.registry.ReferenceData reference, jakarta.validation.Validator limits) {
        this.types = types;
        this.reference = reference;
        this.limits = limits;
    }

    /**
     * Checks the request.
     *
     * @return the order type
     * @throws InvalidInput listing every problem
     */
    OrderType check(IssueRequest r, Instant now) {
        Violations v = new Violations();
        // the size limits of ADR 0020 (the API checks them already; the issuing page and other callers here)
        limits.validate(r).forEach(c -> v.add(c.getPropertyPath().toString(), c.getMessage()));
        v.throwIfPresent();
        String code = r.orderType() == null || r.orderType().isBlank() ? OrderType.TCO : r.orderType().strip();
        OrderType type = types.find(code).orElse(null);
        v.check(type == null, "orderType", "unknown order type '" + code + "'");
        v.check(r.providerId() == null, "providerId", "Section A: the addressee is required");
        v.check(blank(r.language()), "language", "Section A: the language of the order is required");
        List<IssueRequest.Item> items = r.items() == null ? List.of() : r.items();
        v.check(items.isEmpty(), "items", "Section B: at least one URL is required");
        for (int i = 0; i < items.size(); i++) {
            IssueRequest.Item item = items.get(i);
            String f = "items[" + i + "]";
            if (item == null || blank(item.url())) {
                v.add(f + ".url", "Section B: the exact URL is required");
                continue;
            }
            v.check(!isHttpUrl(item.url().strip()), f + ".url", "must be an absolute http(s) URL (R2)");
            try {
                item.typedHash();
            } catch (IllegalArgumentException e) {
                boolean unknownType = item.hashType() != null && !item.hashType().isBlank()
                        && eu.vigil.shared.ItemHash.Type.named(item.hashType()).isEmpty();
                v.add(f + (unknownType ? ".hashType" : ".hash"), "Section B, " + (unknownType ? "hash type" : "hash")
                        + ": " + e.getMessage() + " (R38)");
            }
        }
        v.check((type == null || type.requiresTerroristContentReasons()) && (r.reasons() == null || r.reasons().isEmpty()),
                "reasons", "Section B: tick at least one Art. 2(7) reason");
        if (type != null && type.requiresTerritorialScope()) {
            v.check(r.territorialScope().isEmpty(), "territorialScope",
                    "this order type needs its territorial scope: the Member States where it applies");
        }
        for (String ms : r.territorialScope()) {
            v.check(reference.memberState(ms).isEmpty(), "territorialScope",
                    "'" + ms + "' is not an EU or EEA country code (R52)");
        }
        v.check(r.appealPeriodDays() != null && (r.appealPeriodDays() < 1 || r.appealPeriodDays() > Finality.MAX_APPEAL_DAYS),
                "appealPeriodDays", "Section G: the appeal period in days under the issuing Member State's law, 1 to "
                        + Finality.MAX_APPEAL_DAYS + " (empty: " + Finality.DEFAULT_APPEAL_DAYS + ")");
        v.check(r.appealPeriodMonths() != null && (r.appealPeriodMonths() < 1 || r.appealPeriodMonths() > Finality.MAX_APPEAL_MONTHS),
                "appealPeriodMonths", "Section G: the appeal period in months under the issuing Member State's law, 1 to "
                        + Finality.MAX_APPEAL_MONTHS);
        v.check(r.appealPeriodMonths() != null && r.appealPeriodDays() != null, "appealPeriodMonths",
                "give the appeal period in days or in months, as the law counts it, not both");
        v.check(blank(r.statementOfReasons()) || r.statementOfReasons().strip().length() < 20, "statementOfReasons",
                "Section B: a sufficiently detailed statement of reasons (at least 20 characters, Art. 3(4)(b))");
        v.check(blank(r.representativeName()), "representativeName", "Section E: the certifying person is required");
        v.check(blank(r.representativePost()), "representativePost", "Section E: the post or grade is required");
        v.check(blank(r.redressBody()), "redressBody", "Section G: the body or court for redress is required");
        v.check(blank(r.redressDeadline()), "redressDeadline", "Section G: the deadline for challenging is required");
        if (r.nonDisclosure()) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            v.check(r.nonDisclosureUntil() == null, "nonDisclosureUntil",
                    "Section C: non-disclosure needs an end date (Art. 11(3))");
            v.check(r.nonDisclosureUntil() != null && !r.nonDisclosureUntil().isAfter(today), "nonDisclosureUntil",
                    "must lie after the issue date");
            v.check(r.nonDisclosureUntil() != null && r.nonDisclosureUntil().isAfter(today.plusDays(NON_DISCLOSURE_DAYS)),
                    "nonDisclosureUntil", "at most six weeks after the decision, i.e. on or before "
                            + today.plusDays(NON_DISCLOSURE_DAYS) + " (Art. 11(3), R9)");
        }
        v.check(r.emergency() && blank(r.emergencyJustification()), "emergencyJustification",
                "an emergency without prior information must be justified (Art. 3(2))");
        if (type != null && type.authoritySetsDeadline()) {
            v.check(r.deadlineMinutes() == null || r.deadlineMinutes() < 1 || r.deadlineMinutes() > MAX_DEADLINE_MINUTES,
                    "deadlineMinutes", "this order type needs a deadline set by the authority (1 to "
                            + MAX_DEADLINE_MINUTES + " minutes)");
        }
        v.check(r.reference() != null && r.reference().length() > 60, "reference", "at most 60 characters");
        eu.vigil.shared.PlainText.checkName(v, "reference", r.reference());
        eu.vigil.shared.PlainText.checkName(v, "representativeName", r.representativeName());
        v.throwIfPresent();
        return type;
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
