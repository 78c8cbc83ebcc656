package eu.vigil.statements;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.vigil.crimearea.ContentCategory;

/**
 * What a provider decided on a DSA Art. 16 notice, as the statements module needs it to draft a statement of reasons
 * per restricted item (Art. 17(1), 17(3)(b): "whether the decision was taken pursuant to a notice").
 *
 * @param noticeId       the notice
 * @param reference      its human reference
 * @param source         how the notice came (the database's {@code source_type})
 * @param sourceIdentity the trusted flagger's name for {@link Source#TRUSTED_FLAGGER}; null otherwise (no personal data)
 * @param category       what the content is (its Transparency Database category and keyword follow)
 * @param illegalContent true for the illegal-content ground, false for incompatibility with the terms and conditions
 * @param ground         the legal provision, or the terms clause, relied on
 * @param explanation    why the content is illegal or incompatible
 * @param receivedAt     when the notice was received
 * @param items          the restricted items
 * @param draft          what the provider adds (content types, content date, language, facts, automated detection)
 */
public record NoticeStatement(UUID noticeId, String reference, Source source, String sourceIdentity,
        ContentCategory category, boolean illegalContent, String ground, String explanation, Instant receivedAt,
        List<Item> items, StatementDraft draft) {

    public NoticeStatement {
        items = List.copyOf(items);
    }

    /** How the notice came, in the database's {@code source_type} values. */
    public enum Source {
        /** A notice under DSA Art. 16 from anyone who is not a trusted flagger acting within its expertise. */
        ARTICLE_16("SOURCE_ARTICLE_16"),
        /** A notice of a trusted flagger within its area of expertise (Art. 22). */
        TRUSTED_FLAGGER("SOURCE_TRUSTED_FLAGGER");

        private final String apiName;

        Source(String apiName) {
            this.apiName = apiName;
        }

        /** The value of {@code source_type}. */
        public String apiName() {
            return apiName;
        }
    }

    /** What was done to the content's visibility. */
    public enum Visibility {
        REMOVED("DECISION_VISIBILITY_CONTENT_REMOVED"),
        DISABLED("DECISION_VISIBILITY_CONTENT_DISABLED"),
        DEMOTED("DECISION_VISIBILITY_CONTENT_DEMOTED");

        private final String apiName;

        Visibility(String apiName) {
            this.apiName = apiName;
        }

        /** The value of {@code decision_visibility}. */
        public String apiName() {
            return apiName;
        }
    }

    /**
     * One restricted item.
     *
     * @param position   its position in the notice
     * @param visibility what was done
     * @param appliedAt  when
     */
    public record Item(int position, Visibility visibility, Instant appliedAt) {
    }
}
