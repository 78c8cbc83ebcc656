package eu.vigil.amplification.taxonomy;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Statement-of-reasons {@code category_specification} keywords (2025 schema) of the DSA Transparency
 * Database that the Vigil taxonomy maps to or that borderline audits meet, plus {@link #OTHER}.
 */
public enum DsaKeyword {
  TERRORIST_CONTENT("KEYWORD_TERRORIST_CONTENT", "Terrorist content",
      DsaCategory.RISK_FOR_PUBLIC_SECURITY),
  ILLEGAL_ORGANIZATIONS("KEYWORD_ILLEGAL_ORGANIZATIONS", "Illegal organizations",
      DsaCategory.RISK_FOR_PUBLIC_SECURITY),
  INCITEMENT_VIOLENCE_HATRED("KEYWORD_INCITEMENT_VIOLENCE_HATRED",
      "General calls or incitement to violence and/or hatred", DsaCategory.VIOLENCE),
  COORDINATED_HARM("KEYWORD_COORDINATED_HARM", "Coordinated harm", DsaCategory.VIOLENCE),
  HATE_SPEECH("KEYWORD_HATE_SPEECH",
      "Illegal incitement to violence and hatred based on protected characteristics (hate speech)",
      DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH),
  DISCRIMINATION("KEYWORD_DISCRIMINATION", "Discrimination", DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH),
  MISINFORMATION_DISINFORMATION("KEYWORD_MISINFORMATION_DISINFORMATION",
      "Misinformation, disinformation, foreign information manipulation and interference",
      DsaCategory.NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS),
  CYBER_INCITEMENT("KEYWORD_CYBER_INCITEMENT", "Cyber incitement to hatred or violence",
      DsaCategory.CYBER_VIOLENCE),
  CHILD_SEXUAL_ABUSE_MATERIAL("KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL", "Child sexual abuse material",
      DsaCategory.PROTECTION_OF_MINORS),
  GROOMING_SEXUAL_ENTICEMENT_MINORS("KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
      "Grooming/sexual enticement of minors", DsaCategory.PROTECTION_OF_MINORS),
  HUMAN_TRAFFICKING("KEYWORD_HUMAN_TRAFFICKING", "Human trafficking", DsaCategory.VIOLENCE),
  TRAFFICKING_WOMEN_GIRLS("KEYWORD_TRAFFICKING_WOMEN_GIRLS", "Trafficking in women and girls",
      DsaCategory.VIOLENCE),
  HUMAN_EXPLOITATION("KEYWORD_HUMAN_EXPLOITATION", "Human exploitation", DsaCategory.VIOLENCE),
  PROHIBITED_PRODUCTS("KEYWORD_PROHIBITED_PRODUCTS", "Prohibited or restricted products",
      DsaCategory.UNSAFE_AND_PROHIBITED_PRODUCTS),
  /** "Not captured by any other keyword"; comes with a free-text specification. */
  OTHER("KEYWORD_OTHER", "Not captured by any other keyword", null);

  private final String apiName;
  private final String label;
  private final @Nullable DsaCategory category;

  DsaKeyword(String apiName, String label, @Nullable DsaCategory category) {
    this.apiName = apiName;
    this.label = label;
    this.category = category;
  }

  /** The value of the API, e.g. {@code KEYWORD_TERRORIST_CONTENT}. */
  public String apiName() {
    return apiName;
  }

  /** The English label shown by the database. */
  public String label() {
    return label;
  }

  /** The category the keyword belongs to; null for {@link #OTHER}, which any category may use. */
  public @Nullable DsaCategory category() {
    return category;
  }

  /**
   * Parses an API name (with or without {@code KEYWORD_}) or English label, case-insensitively.
   *
   * @throws UnknownLabelException for any other text
   */
  public static DsaKeyword parse(String text) {
    String t = text.strip();
    String upper = t.toUpperCase(Locale.ROOT).replace(' ', '_');
    for (DsaKeyword k : values()) {
      if (k.apiName.equals(upper) || k.apiName.equals("KEYWORD_" + upper)
          || k.label.equalsIgnoreCase(t)) {
        return k;
      }
    }
    throw new UnknownLabelException("unknown DSA keyword '" + text + "'");
  }
}
