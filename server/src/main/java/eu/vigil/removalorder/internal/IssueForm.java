package eu.vigil.removalorder.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.vigil.removalorder.IssueRequest;
import eu.vigil.removalorder.TerroristContentType;
import eu.vigil.shared.InvalidInput;

/**
 * The issuing form as the browser posts it; converts to an {@link IssueRequest}. {@code idempotencyKey} is a hidden
 * token minted with each empty form: a double submit of one form issues one order (Build 7). {@code crisisId} names
 * the open crisis case the order is issued under, empty for none (issue 13).
 */
public record IssueForm(String orderType, String providerId, String language, String urls, List<String> reasons,
        String statementOfReasons, String representativeName, String representativePost, String fileNumber,
        String redressBody, String redressDeadline, Boolean nonDisclosure, String nonDisclosureUntil, Boolean emergency,
        String emergencyJustification, Boolean shareWithEuropol, Integer deadlineMinutes, String deconflictionOverride,
        String territorialScope, Integer appealPeriodDays, Integer appealPeriodMonths, String idempotencyKey, String replaces,
        String crisisId) {

    /**
     * Unticked checkboxes are absent from the form post: absent means no. Fields absent from a step of the wizard
     * are empty, so that every step renders what it carries.
     */
    public IssueForm {
        nonDisclosure = Boolean.TRUE.equals(nonDisclosure);
        emergency = Boolean.TRUE.equals(emergency);
        shareWithEuropol = Boolean.TRUE.equals(shareWithEuropol);
        orderType = orderType == null || orderType.isBlank() ? eu.vigil.removalorder.OrderType.TCO : orderType;
        providerId = providerId == null ? "" : providerId;
        language = language == null ? "" : language;
        urls = urls == null ? "" : urls;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        statementOfReasons = statementOfReasons == null ? "" : statementOfReasons;
        representativeName = representativeName == null ? "" : representativeName;
        representativePost = representativePost == null ? "" : representativePost;
        fileNumber = fileNumber == null ? "" : fileNumber;
        redressBody = redressBody == null ? "" : redressBody;
        redressDeadline = redressDeadline == null ? "" : redressDeadline;
        nonDisclosureUntil = nonDisclosureUntil == null ? "" : nonDisclosureUntil;
        emergencyJustification = emergencyJustification == null ? "" : emergencyJustification;
        territorialScope = territorialScope == null ? "" : territorialScope;
        crisisId = crisisId == null ? "" : crisisId;
    }

    /**
     * The form with only the fields of {@code type} (issue 12, the wizard): Art. 2(7) reasons and the Europol copy
     * for types that need the reasons (TCO), the deadline where the authority sets it, the territorial scope where
     * the type has one, and the emergency where the type is under the prior information of Art. 3(2); the rest is
     * dropped, so the review shows and issuing seals what the type's form showed.
     */
    public IssueForm forType(eu.vigil.removalorder.OrderType type) {
        boolean tco = type.requiresTerroristContentReasons();
        boolean prior = type.requiresPriorInformation();
        return new IssueForm(type.code(), providerId, language, urls, tco ? reasons : List.of(), statementOfReasons,
                representativeName, representativePost, fileNumber, redressBody, redressDeadline, nonDisclosure,
                nonDisclosureUntil, prior && emergency, prior ? emergencyJustification : "", tco && shareWithEuropol,
                type.authoritySetsDeadline() ? deadlineMinutes : null, deconflictionOverride,
                type.requiresTerritorialScope() ? territorialScope : "", appealPeriodDays, appealPeriodMonths,
                idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey,
                replaces, crisisId);
    }

    /** The form with the type and addressee chosen in the wizard's first step, keeping all else. */
    public IssueForm choosing(String type, String provider) {
        return new IssueForm(type, provider, language, urls, reasons, statementOfReasons, representativeName,
                representativePost, fileNumber, redressBody, redressDeadline, nonDisclosure, nonDisclosureUntil, emergency,
                emergencyJustification, shareWithEuropol, deadlineMinutes, deconflictionOverride, territorialScope,
                appealPeriodDays, appealPeriodMonths,
                idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey,
                replaces, crisisId);
    }

    /** The addressee as an id, or null when none (or no valid one) is chosen. */
    public UUID provider() {
        try {
            return providerId.isBlank() ? null : UUID.fromString(providerId.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An empty form with the usual redress text and a new submit token. */
    public static IssueForm empty() {
        return new IssueForm("TCO_REMOVAL", "", "", "", List.of(), "", "", "", "", "", "", false, "", false, "", false, null,
                "", "", null, null, UUID.randomUUID().toString(), null, "");
    }

    /** The same form with a new submit token, for a deliberate new order after its token was used. */
    public IssueForm withNewToken() {
        return new IssueForm(orderType, providerId, language, urls, reasons, statementOfReasons, representativeName,
                representativePost, fileNumber, redressBody, redressDeadline, nonDisclosure, nonDisclosureUntil, emergency,
                emergencyJustification, shareWithEuropol, deadlineMinutes, deconflictionOverride, territorialScope,
                appealPeriodDays, appealPeriodMonths, UUID.randomUUID().toString(), replaces, crisisId);
    }

    /**
     * The form prefilled from {@code first}, to correct it after the provider's Annex III notice of a manifest error
     * (Art. 3(8)); submitting it re-issues the order and withdraws the first.
     */
    public static IssueForm correcting(eu.vigil.removalorder.RemovalOrder first) {
        String urls = String.join("\n", first.items().stream()
                .map(i -> i.url() + (i.hash() == null ? "" : " " + i.hash().text())
                        + (i.extraInfo() == null ? "" : " " + i.extraInfo())).toList());
        return new IssueForm(first.type().code(), first.providerId().toString(), first.language(), urls,
                first.reasons().stream().map(Enum::name).sorted().toList(), first.statementOfReasons(),
                first.representativeName(), first.representativePost(),
                first.fileNumber() == null ? "" : first.fileNumber(), first.redressBody(), first.redressDeadline(),
                first.nonDisclosure(), first.nonDisclosureUntil() == null ? "" : first.nonDisclosureUntil().toString(),
                false, "", first.sharedWithEuropol(),
                first.type().authoritySetsDeadline() ? (int) first.deadlineLimit().toMinutes() : null, "",
                String.join(" ", first.territorialScope()), null, null, UUID.randomUUID().toString(),
                first.id().toString(), "");
    }

    public boolean ticked(TerroristContentType t) {
        return reasons != null && reasons.contains(t.name());
    }

    /** A word of an item line that is a typed hash ({@code sha256:…}, {@code pdq:…}, {@code md5:…}, {@code tmk:…}). */
    private static final java.util.regex.Pattern HASH_WORD = java.util.regex.Pattern.compile(
            "(?i)(pdq|md5|sha-?256|tmk|tmk\\+pdqf|tmk_pdqf):\\S*");

    /**
     * One URL per line; a line may add the content's typed hash and details after spaces:
     * {@code URL [type:hash] [details…]} (R38).
     */
    public IssueRequest toRequest() {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        UUID provider = null;
        if (providerId != null && !providerId.isBlank()) {
            try {
                provider = UUID.fromString(providerId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInput.FieldError("providerId", "choose a provider"));
            }
        }
        UUID crisis = null;
        if (crisisId != null && !crisisId.isBlank()) {
            try {
                crisis = UUID.fromString(crisisId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInput.FieldError("crisisId", "choose the crisis from the list"));
            }
        }
        List<IssueRequest.Item> items = new ArrayList<>();
        for (String line : (urls == null ? "" : urls).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 3);
            if (parts.length > 1 && HASH_WORD.matcher(parts[1]).matches()) {
                items.add(new IssueRequest.Item(parts[0], parts.length > 2 ? parts[2] : null, parts[1]));
            } else {
                String[] rest = line.strip().split("\\s+", 2);
                items.add(new IssueRequest.Item(rest[0], rest.length > 1 ? rest[1] : null, null));
            }
        }
        Set<TerroristContentType> ticked = EnumSet.noneOf(TerroristContentType.class);
        if (reasons != null) {
            reasons.forEach(r -> ticked.add(TerroristContentType.valueOf(r)));
        }
        LocalDate until = null;
        if (nonDisclosureUntil != null && !nonDisclosureUntil.isBlank()) {
            try {
                until = LocalDate.parse(nonDisclosureUntil.strip());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInput.FieldError("nonDisclosureUntil", "use yyyy-mm-dd"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new IssueRequest(orderType, provider, language, items, ticked, statementOfReasons, representativeName,
                representativePost, fileNumber, redressBody, redressDeadline, nonDisclosure, until, emergency,
                emergencyJustification, shareWithEuropol, deadlineMinutes, null,
                territorialScope == null || territorialScope.isBlank() ? List.of()
                        : java.util.Arrays.stream(territorialScope.strip().split("[\\s,;]+")).toList(),
                appealPeriodDays, appealPeriodMonths, crisis);
    }
}
