package eu.vigil.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.vigil.shared.InvalidInput;

/** The database's field rules (R47, R48) as far as Vigil fills the fields. */
class TransparencyDatabaseSchemaTests {

    static Map<String, Object> valid() {
        Map<String, Object> s = new HashMap<>();
        s.put("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"));
        s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
        s.put("illegal_content_legal_ground", "Regulation (EU) 2021/784, Art. 3");
        s.put("illegal_content_explanation", "Incitement to terrorist offences");
        s.put("content_type", List.of("CONTENT_TYPE_VIDEO"));
        s.put("category", "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY");
        s.put("category_specification", List.of("KEYWORD_TERRORIST_CONTENT"));
        s.put("content_date", "2026-11-20");
        s.put("application_date", "2026-11-27");
        s.put("decision_facts", "Removed under a removal order.");
        s.put("source_type", "SOURCE_TYPE_OTHER_NOTIFICATION");
        s.put("automated_detection", "No");
        s.put("automated_decision", "AUTOMATED_DECISION_NOT_AUTOMATED");
        s.put("puid", "vigil-0b6f-1");
        return s;
    }

    @Test
    void acceptsAValidStatement() {
        TransparencyDatabaseSchema.validate(valid());
    }

    @Test
    void namesEveryBrokenField() {
        Map<String, Object> s = valid();
        s.put("puid", "has spaces/and slashes");
        s.put("decision_facts", "x".repeat(5001));
        s.put("content_type", List.of("CONTENT_TYPE_HOLOGRAM"));
        s.put("territorial_scope", List.of("DE", "US"));
        s.put("content_date", "1999-12-31");
        s.remove("illegal_content_explanation");
        assertThatThrownBy(() -> TransparencyDatabaseSchema.validate(s)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactlyInAnyOrder(
                        "puid", "decision_facts", "content_type", "territorial_scope", "content_date",
                        "illegal_content_explanation"));
    }

    @Test
    void retiredCategoriesOnlyBeforeJuly2025() {
        Map<String, Object> s = valid();
        s.put("category", "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS");
        s.put("category_specification", List.of());
        assertThatThrownBy(() -> TransparencyDatabaseSchema.validate(s)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("category");
        s.put("application_date", "2025-06-30");
        s.put("content_date", "2025-06-01");
        TransparencyDatabaseSchema.validate(s);
    }

    @Test
    void otherNeedsItsText() {
        Map<String, Object> s = valid();
        s.put("content_type", List.of("CONTENT_TYPE_OTHER"));
        assertThatThrownBy(() -> TransparencyDatabaseSchema.validate(s)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("content_type_other");
        s.put("content_type_other", "Live stream replay");
        TransparencyDatabaseSchema.validate(s);
    }
}
