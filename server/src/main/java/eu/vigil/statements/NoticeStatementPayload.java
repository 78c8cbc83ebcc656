package eu.vigil.statements;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.vigil.shared.Violations;

/**
 * Turns a provider's decision on a notice item into the database's fields: the visibility measure, the ground
 * (illegal content with its legal provision, or incompatibility with a terms clause), the category and keyword of the
 * notice's content category, {@code source_type} by the notice's origin ({@code SOURCE_TRUSTED_FLAGGER} or
 * {@code SOURCE_ARTICLE_16}) and a {@code puid} derived from the notice and item.
 */
final class NoticeStatementPayload {

    private static final int EXPLANATION_LIMIT = 2000;

    private NoticeStatementPayload() {
    }

    static Map<String, Object> of(NoticeStatement n, NoticeStatement.Item item, List<String> allMemberStates) {
        StatementDraft draft = n.draft();
        Violations v = new Violations();
        List<String> types = StatementPayload.contentTypes(draft, v);
        LocalDate applied = item.appliedAt().atZone(ZoneOffset.UTC).toLocalDate();
        v.check(draft.contentDate() == null, "contentDate", "the date the content was posted (YYYY-MM-DD)");
        v.check(draft.contentDate() != null && draft.contentDate().isAfter(applied), "contentDate",
                "cannot be after the day of the decision (" + applied + ")");
        v.throwIfPresent();

        Map<String, Object> s = new LinkedHashMap<>();
        s.put("decision_visibility", List.of(item.visibility().apiName()));
        String explanation = cut(n.explanation().strip(), EXPLANATION_LIMIT);
        if (n.illegalContent()) {
            s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
            s.put("illegal_content_legal_ground", cut(n.ground().strip(), 500));
            s.put("illegal_content_explanation", explanation);
        } else {
            s.put("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
            s.put("incompatible_content_ground", cut(n.ground().strip(), 500));
            s.put("incompatible_content_explanation", explanation);
        }
        s.put("content_type", types);
        if (draft.contentTypeOther() != null && !draft.contentTypeOther().isBlank()) {
            s.put("content_type_other", draft.contentTypeOther().strip());
        }
        var dsa = n.category().dsa();
        s.put("category", dsa.category().apiName());
        s.put("category_specification", List.of(dsa.keyword().apiName()));
        if (dsa.specification() != null) {
            s.put("category_specification_other", dsa.specification());
        }
        if (item.visibility() == NoticeStatement.Visibility.DISABLED) {
            s.put("territorial_scope", allMemberStates);
        }
        if (draft.contentLanguage() != null && !draft.contentLanguage().isBlank()) {
            s.put("content_language", draft.contentLanguage().strip().toUpperCase(Locale.ROOT));
        }
        s.put("content_date", draft.contentDate().toString());
        s.put("application_date", applied.toString());
        s.put("decision_facts", draft.decisionFacts() == null || draft.decisionFacts().isBlank()
                ? standardFacts(n, item, applied) : draft.decisionFacts().strip());
        s.put("source_type", n.source().apiName());
        if (n.source() == NoticeStatement.Source.TRUSTED_FLAGGER && n.sourceIdentity() != null) {
            s.put("source_identity", cut(n.sourceIdentity(), 500));
        }
        s.put("automated_detection", draft.automatedDetection() ? "Yes" : "No");
        s.put("automated_decision", "AUTOMATED_DECISION_NOT_AUTOMATED");
        s.put("puid", puid(n, item));
        TransparencyDatabaseSchema.validate(s);
        return s;
    }

    static String puid(NoticeStatement n, NoticeStatement.Item item) {
        return "vigil-notice-" + n.noticeId() + "-" + item.position();
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    private static String standardFacts(NoticeStatement n, NoticeStatement.Item item, LocalDate applied) {
        String action = switch (item.visibility()) {
            case REMOVED -> "removed";
            case DISABLED -> "disabled in all Member States";
            case DEMOTED -> "demoted";
        };
        String source = n.source() == NoticeStatement.Source.TRUSTED_FLAGGER
                ? "a notice of a trusted flagger acting within its area of expertise (DSA Art. 22)"
                : "a notice under DSA Art. 16";
        return "The content was " + action + " on " + applied + " after assessing " + source + " received on "
                + n.receivedAt().atZone(ZoneOffset.UTC).toLocalDate() + ".";
    }
}
