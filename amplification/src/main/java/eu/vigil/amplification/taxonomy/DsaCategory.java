package eu.vigil.amplification.taxonomy;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Statement-of-reasons {@code category} values of the DSA Transparency Database.
 *
 * <p>Current values are those of the schema introduced on 26 February 2025. Legacy values (August 2023
 * to February 2025) are accepted when reading older dumps; {@link #successor()} gives the 2025 value
 * where there is a one-to-one successor. Source: the Commission's open-source database code (API
 * documentation, category and keyword lists).
 */
public enum DsaCategory {
  ANIMAL_WELFARE("STATEMENT_CATEGORY_ANIMAL_WELFARE", "Animal welfare"),
  CONSUMER_INFORMATION("STATEMENT_CATEGORY_CONSUMER_INFORMATION", "Consumer information infringements"),
  CYBER_VIOLENCE("STATEMENT_CATEGORY_CYBER_VIOLENCE", "Cyber violence"),
  CYBER_VIOLENCE_AGAINST_WOMEN("STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
      "Cyber violence against women"),
  DATA_PROTECTION_AND_PRIVACY_VIOLATIONS("STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
      "Data protection and privacy violations"),
  ILLEGAL_OR_HARMFUL_SPEECH("STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "Illegal or harmful speech"),
  INTELLECTUAL_PROPERTY_INFRINGEMENTS("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
      "Intellectual property infringements"),
  NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS(
      "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
      "Negative effects on civic discourse or elections"),
  NOT_SPECIFIED_NOTICE("STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
      "Type of alleged illegal content not specified by the notifier"),
  OTHER_VIOLATION_TC("STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
      "Other violation of provider's terms and conditions"),
  PROTECTION_OF_MINORS("STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "Protection of minors"),
  RISK_FOR_PUBLIC_SECURITY("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "Risk for public security"),
  SCAMS_AND_FRAUD("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "Scams and/or fraud"),
  SELF_HARM("STATEMENT_CATEGORY_SELF_HARM", "Self-harm"),
  UNSAFE_AND_PROHIBITED_PRODUCTS("STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
      "Unsafe, non-compliant or prohibited products"),
  VIOLENCE("STATEMENT_CATEGORY_VIOLENCE", "Violence"),

  /** Legacy (2023-2025); no one-to-one 2025 successor. */
  LEGACY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT("STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
      "Pornography or sexualized content", null),
  /** Legacy (2023-2025); no one-to-one 2025 successor. */
  LEGACY_NON_CONSENSUAL_BEHAVIOUR("STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR",
      "Non-consensual behaviour", null),
  /** Legacy (2023-2025); renamed to {@link #OTHER_VIOLATION_TC}. */
  LEGACY_SCOPE_OF_PLATFORM_SERVICE("STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
      "Scope of platform service", OTHER_VIOLATION_TC),
  /** Legacy (2023-2025); renamed to {@link #UNSAFE_AND_PROHIBITED_PRODUCTS}. */
  LEGACY_UNSAFE_AND_ILLEGAL_PRODUCTS("STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS",
      "Unsafe and/or illegal products", UNSAFE_AND_PROHIBITED_PRODUCTS);

  private final String apiName;
  private final String label;
  private final boolean legacy;
  private final @Nullable DsaCategory successor;

  DsaCategory(String apiName, String label) {
    this.apiName = apiName;
    this.label = label;
    this.legacy = false;
    this.successor = null;
  }

  DsaCategory(String apiName, String label, @Nullable DsaCategory successor) {
    this.apiName = apiName;
    this.label = label;
    this.legacy = true;
    this.successor = successor;
  }

  /** The value of the API and the dumps, e.g. {@code STATEMENT_CATEGORY_VIOLENCE}. */
  public String apiName() {
    return apiName;
  }

  /** The English label shown by the database. */
  public String label() {
    return label;
  }

  /** Whether the value belongs only to the 2023-2025 schema. */
  public boolean legacy() {
    return legacy;
  }

  /** The 2025 category a legacy value was renamed to; itself for current values; null if none. */
  public @Nullable DsaCategory successor() {
    return legacy ? successor : this;
  }

  /**
   * Parses an API name ({@code STATEMENT_CATEGORY_...}, with or without the prefix) or an English
   * label, case-insensitively; legacy values are accepted.
   *
   * @throws UnknownLabelException for any other text
   */
  public static DsaCategory parse(String text) {
    String t = text.strip();
    String upper = t.toUpperCase(Locale.ROOT).replace(' ', '_');
    for (DsaCategory c : values()) {
      if (c.apiName.equals(upper) || c.apiName.equals("STATEMENT_CATEGORY_" + upper)
          || c.label.equalsIgnoreCase(t) || c.label.replace('\'', '\u2019').equalsIgnoreCase(t)) {
        return c;
      }
    }
    throw new UnknownLabelException("unknown DSA statement category '" + text + "'");
  }
}
