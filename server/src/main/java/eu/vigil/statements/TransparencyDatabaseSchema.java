package eu.vigil.statements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.Violations;

/**
 * The field rules of the DSA Transparency Database's statement API (schema of 1 July 2025, Implementing
 * Regulation (EU) 2024/2835) for the fields Vigil fills: required fields, enumerations, lengths, the {@code puid}
 * pattern and date ranges. Categories retired on 1 July 2025 are refused for decisions applied on or after that day.
 */
public final class TransparencyDatabaseSchema {

    /** The day the 2025 schema took effect. */
    public static final LocalDate SCHEMA_2025 = LocalDate.of(2025, 7, 1);

    static final Set<String> DECISION_VISIBILITY = Set.of("DECISION_VISIBILITY_CONTENT_REMOVED",
            "DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED",
            "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED", "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
            "DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER");
    /** Content types of the schema; the short forms ({@code VIDEO}) are accepted by {@link #contentType}. */
    public static final List<String> CONTENT_TYPES = List.of("CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO",
            "CONTENT_TYPE_IMAGE", "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT",
            "CONTENT_TYPE_VIDEO", "CONTENT_TYPE_OTHER");
    static final Set<String> CATEGORIES = Set.of("STATEMENT_CATEGORY_ANIMAL_WELFARE",
            "STATEMENT_CATEGORY_CONSUMER_INFORMATION", "STATEMENT_CATEGORY_CYBER_VIOLENCE",
            "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN", "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
            "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
            "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
            "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            "STATEMENT_CATEGORY_SELF_HARM", "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
            "STATEMENT_CATEGORY_VIOLENCE");
    static final Set<String> RETIRED_CATEGORIES = Set.of("STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR",
            "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT", "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
            "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS");
    static final Set<String> SOURCE_TYPES = Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER",
            "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY");
    static final Set<String> AUTOMATED_DECISION = Set.of("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY",
            "AUTOMATED_DECISION_NOT_AUTOMATED");
    static final Set<String> EEA_CODES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO");
    private static final Pattern PUID = Pattern.compile("^[a-zA-Z0-9-_]+$");
    private static final Pattern KEYWORD = Pattern.compile("^KEYWORD_[A-Z_]+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Z]{2}$");

    private TransparencyDatabaseSchema() {
    }

    /** The schema's content type for {@code VIDEO}, {@code video} or {@code CONTENT_TYPE_VIDEO}; null if none. */
    public static String contentType(String text) {
        if (text == null) {
            return null;
        }
        String upper = text.strip().toUpperCase(java.util.Locale.ROOT);
        String full = upper.startsWith("CONTENT_TYPE_") ? upper : "CONTENT_TYPE_" + upper;
        return CONTENT_TYPES.contains(full) ? full : null;
    }

    /** Throws {@link InvalidInput} naming every field that breaks a rule. */
    public static void validate(Map<String, ?> s) {
        Violations v = new Violations();
        List<?> visibility = list(s.get("decision_visibility"));
        v.check(visibility.isEmpty(), "decision_visibility", "required for content decisions");
        visibility.forEach(x -> v.check(!DECISION_VISIBILITY.contains(x), "decision_visibility", "unknown value " + x));
        v.check(visibility.contains("DECISION_VISIBILITY_OTHER") != present(s, "decision_visibility_other"),
                "decision_visibility_other", "required exactly when DECISION_VISIBILITY_OTHER is chosen");
        length(v, s, "decision_visibility_other", 500);
        v.check(!"DECISION_GROUND_ILLEGAL_CONTENT".equals(s.get("decision_ground"))
                && !"DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(s.get("decision_ground")), "decision_ground",
                "DECISION_GROUND_ILLEGAL_CONTENT or DECISION_GROUND_INCOMPATIBLE_CONTENT");
        if ("DECISION_GROUND_ILLEGAL_CONTENT".equals(s.get("decision_ground"))) {
            v.check(!present(s, "illegal_content_legal_ground"), "illegal_content_legal_ground", "required for illegal content");
            v.check(!present(s, "illegal_content_explanation"), "illegal_content_explanation", "required for illegal content");
        }
        if ("DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(s.get("decision_ground"))) {
            v.check(!present(s, "incompatible_content_ground"), "incompatible_content_ground",
                    "required for content incompatible with the terms and conditions");
            v.check(!present(s, "incompatible_content_explanation"), "incompatible_content_explanation",
                    "required for content incompatible with the terms and conditions");
        }
        length(v, s, "incompatible_content_ground", 500);
        length(v, s, "incompatible_content_explanation", 2000);
        length(v, s, "decision_ground_reference_url", 500);
        length(v, s, "illegal_content_legal_ground", 500);
        length(v, s, "illegal_content_explanation", 2000);
        List<?> types = list(s.get("content_type"));
        v.check(types.isEmpty(), "content_type", "at least one of " + CONTENT_TYPES);
        types.forEach(x -> v.check(!CONTENT_TYPES.contains(x), "content_type", "unknown value " + x));
        v.check(types.contains("CONTENT_TYPE_OTHER") != present(s, "content_type_other"), "content_type_other",
                "required exactly when CONTENT_TYPE_OTHER is chosen");
        length(v, s, "content_type_other", 500);
        LocalDate applied = date(v, s, "application_date", LocalDate.of(2020, 1, 1), true);
        date(v, s, "content_date", LocalDate.of(2000, 1, 1), true);
        Object category = s.get("category");
        if (RETIRED_CATEGORIES.contains(category)) {
            v.check(applied != null && !applied.isBefore(SCHEMA_2025), "category",
                    category + " was retired on 1 July 2025 and cannot be used for decisions applied since then");
        } else {
            v.check(!CATEGORIES.contains(category), "category", "one of the database's statement categories");
        }
        list(s.get("category_specification")).forEach(x -> v.check(!(x instanceof String k) || !KEYWORD.matcher(k).matches(),
                "category_specification", "KEYWORD_ values only, got " + x));
        list(s.get("territorial_scope")).forEach(x -> v.check(!EEA_CODES.contains(x), "territorial_scope",
                "EU/EEA ISO 3166-1 alpha-2 codes only, got " + x));
        v.check(s.get("content_language") != null && !(s.get("content_language") instanceof String l && LANGUAGE.matcher(l).matches()),
                "content_language", "a two-letter ISO 639-1 code");
        v.check(!present(s, "decision_facts"), "decision_facts", "required");
        length(v, s, "decision_facts", 5000);
        v.check(!SOURCE_TYPES.contains(s.get("source_type")), "source_type", "one of " + SOURCE_TYPES);
        length(v, s, "source_identity", 500);
        v.check(!"Yes".equals(s.get("automated_detection")) && !"No".equals(s.get("automated_detection")),
                "automated_detection", "Yes or No");
        v.check(!AUTOMATED_DECISION.contains(s.get("automated_decision")), "automated_decision", "one of " + AUTOMATED_DECISION);
        v.check(!(s.get("puid") instanceof String p) || p.length() > 500 || !PUID.matcher(p).matches(), "puid",
                "at most 500 characters of letters, digits, - and _");
        v.throwIfPresent();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static boolean present(Map<String, ?> s, String field) {
        return s.get(field) instanceof String t && !t.isBlank();
    }

    private static void length(Violations v, Map<String, ?> s, String field, int max) {
        if (s.get(field) instanceof String t && t.length() > max) {
            v.add(field, "at most " + max + " characters, got " + t.length());
        }
    }

    private static LocalDate date(Violations v, Map<String, ?> s, String field, LocalDate earliest, boolean required) {
        Object value = s.get(field);
        if (value == null) {
            v.check(required, field, "required (YYYY-MM-DD)");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(String.valueOf(value));
            v.check(d.isBefore(earliest) || d.isAfter(LocalDate.of(2038, 1, 1)), field,
                    "between " + earliest + " and 2038-01-01");
            return d;
        } catch (DateTimeParseException e) {
            v.add(field, "a date YYYY-MM-DD, got " + value);
            return null;
        }
    }
}
