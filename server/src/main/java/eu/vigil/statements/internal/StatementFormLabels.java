package eu.vigil.statements.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/**
 * The labels of the statements page's forms, for the names the forms post and those of the Transparency
 * Database schema the check reports ({@code content_type}, {@code illegal_content_explanation}; issue 12).
 */
@Component
class StatementFormLabels extends FieldLabels {

    StatementFormLabels() {
        super("/statements/draft");
        field("order", "sor.order");
        field("contentTypes", "sor.contentTypes", "contentTypes");
        field("content_type", "sor.contentTypes", "contentTypes");
        field("contentTypeOther", "sor.contentTypeOther");
        field("content_type_other", "sor.contentTypeOther", "contentTypeOther");
        field("contentDate", "sor.contentDate");
        field("content_date", "sor.contentDate", "contentDate");
        field("contentLanguage", "sor.contentLanguage");
        field("content_language", "sor.contentLanguage", "contentLanguage");
        field("decisionFacts", "sor.facts");
        field("decision_facts", "sor.facts", "decisionFacts");
    }

    /** The connection to the Transparency Database; the token is posted as {@code tokenSecret}. */
    @Component
    static class Connection extends FieldLabels {

        Connection() {
            super("/statements/transparency-database");
            field("baseUrl", "tdb.baseUrl");
            field("token", "tdb.token", "tokenSecret");
            field("tokenSecret", "tdb.token");
        }
    }

    /** Reviewing one statement. */
    @Component
    static class Review extends FieldLabels {

        Review() {
            super("/statements/*/review");
            field("decisionFacts", "sor.facts", "facts-{id}");
            field("decision_facts", "sor.facts", "facts-{id}");
            field("illegalContentExplanation", "sor.explanation", "expl-{id}");
            field("illegal_content_explanation", "sor.explanation", "expl-{id}");
            field("note", "sor.note", "note-{id}");
        }
    }
}
