package eu.vigil.statements;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.vigil.removalorder.OrderItem;
import eu.vigil.removalorder.OrderType;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.Violations;

/**
 * Turns what a provider did on an order item into the database's fields: removal or disabling (in all Member
 * States, or the order's territorial scope), the illegal-content ground with the order's legal basis and the
 * authority's reasons, the category of the order type, {@code SOURCE_TYPE_OTHER_NOTIFICATION} (an authority's
 * order that is not a DSA Art. 9 order) and a {@code puid} derived from the order and item.
 */
final class StatementPayload {

    private static final int EXPLANATION_LIMIT = 2000;

    /** Category and keyword per order type; DSA Art. 9 orders need no statement (Art. 17(5)). */
    private static final Map<String, List<String>> CATEGORIES = Map.of(
            OrderType.TCO, List.of("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "KEYWORD_TERRORIST_CONTENT"),
            "NL_CSAM_REMOVAL", List.of("STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"));
    private static final Map<String, String> REFERENCE_URLS = Map.of(
            OrderType.TCO, "https://eur-lex.europa.eu/eli/reg/2021/784/oj");

    private StatementPayload() {
    }

    /** The category and keyword for an order type, or the refusal why none is made. */
    static List<String> category(OrderType type) {
        if ("DSA_ART9".equals(type.code())) {
            throw new RuleViolation("NO_STATEMENT_FOR_ART9_ORDERS",
                    "DSA Art. 17(5): statements of reasons are not required for orders under DSA Art. 9.");
        }
        return Optional.ofNullable(CATEGORIES.get(type.code())).orElseThrow(() -> new RuleViolation("NO_CATEGORY",
                "No Transparency Database category is configured for order type " + type.code() + "."));
    }

    static Map<String, Object> of(RemovalOrder order, OrderItem item, StatementDraft draft, List<String> allMemberStates) {
        List<String> category = category(order.type());
        Violations v = new Violations();
        List<String> types = contentTypes(draft, v);
        LocalDate applied = item.actionAt().atZone(ZoneOffset.UTC).toLocalDate();
        v.check(draft.contentDate() == null, "contentDate", "the date the content was posted (YYYY-MM-DD)");
        v.check(draft.contentDate() != null && draft.contentDate().isAfter(applied), "contentDate",
                "cannot be after the day the content was " + item.status().name().toLowerCase() + " (" + applied + ")");
        v.throwIfPresent();

        boolean removed = item.status() == OrderItem.ItemStatus.REMOVED;
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("decision_visibility", List.of(removed ? "DECISION_VISIBILITY_CONTENT_REMOVED" : "DECISION_VISIBILITY_CONTENT_DISABLED"));
        s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
        Optional.ofNullable(REFERENCE_URLS.get(order.type().code())).ifPresent(u -> s.put("decision_ground_reference_url", u));
        s.put("illegal_content_legal_ground", order.type().legalBasis());
        String reasons = order.statementOfReasons().strip();
        s.put("illegal_content_explanation", reasons.length() <= EXPLANATION_LIMIT ? reasons
                : reasons.substring(0, EXPLANATION_LIMIT - 1) + "…");
        s.put("content_type", types);
        if (draft.contentTypeOther() != null && !draft.contentTypeOther().isBlank()) {
            s.put("content_type_other", draft.contentTypeOther().strip());
        }
        s.put("category", category.get(0));
        s.put("category_specification", List.of(category.get(1)));
        if (!removed) {
            s.put("territorial_scope", order.territorialScope().isEmpty() ? allMemberStates : order.territorialScope());
        }
        if (draft.contentLanguage() != null && !draft.contentLanguage().isBlank()) {
            s.put("content_language", draft.contentLanguage().strip().toUpperCase(java.util.Locale.ROOT));
        }
        s.put("content_date", draft.contentDate().toString());
        s.put("application_date", applied.toString());
        s.put("decision_facts", draft.decisionFacts() == null || draft.decisionFacts().isBlank()
                ? standardFacts(order, item, applied) : draft.decisionFacts().strip());
        s.put("source_type", "SOURCE_TYPE_OTHER_NOTIFICATION");
        s.put("automated_detection", draft.automatedDetection() ? "Yes" : "No");
        s.put("automated_decision", "AUTOMATED_DECISION_NOT_AUTOMATED");
        s.put("puid", puid(order, item));
        TransparencyDatabaseSchema.validate(s);
        return s;
    }

    static String puid(RemovalOrder order, OrderItem item) {
        return "vigil-" + order.id() + "-" + item.position();
    }

    private static String standardFacts(RemovalOrder order, OrderItem item, LocalDate applied) {
        String action = item.status() == OrderItem.ItemStatus.REMOVED ? "removed"
                : order.territorialScope().isEmpty() ? "disabled in all Member States" : "disabled in "
                        + String.join(", ", order.territorialScope());
        return "The content was " + action + " on " + applied + " in execution of an order of a competent authority of "
                + order.issuingMemberState() + " (" + order.type().name() + ", " + order.type().legalBasis() + "), received on "
                + order.receivedAt().atZone(ZoneOffset.UTC).toLocalDate() + ".";
    }

    /**
     * The draft's content types in the database's spelling, each once; an unknown one or none at all is an error
     * naming {@code contentTypes}.
     */
    static List<String> contentTypes(StatementDraft draft, Violations v) {
        List<String> types = new ArrayList<>();
        for (String t : draft.contentTypes()) {
            String type = TransparencyDatabaseSchema.contentType(t);
            v.check(type == null, "contentTypes", "unknown content type " + t + "; one of "
                    + TransparencyDatabaseSchema.CONTENT_TYPES);
            if (type != null && !types.contains(type)) {
                types.add(type);
            }
        }
        v.check(draft.contentTypes().isEmpty(), "contentTypes", "name at least one content type, e.g. VIDEO");
        return types;
    }
}
