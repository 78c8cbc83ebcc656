package eu.vigil.amplification.taxonomy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The versioned mapping of internal label codes to the DSA statement-of-reasons schema and to the
 * GIFCT/TCAP scopes (spec §3.4 mapping rule). The mapping is total: every {@link LabelCode} has exactly
 * one primary {@link DsaClassification}.
 */
public final class Taxonomy {

  /** Version of the label scheme; reports carry it. */
  public static final String VERSION = "vigil-taxonomy-2025.1";

  private Taxonomy() {}

  /** The primary DSA classification of a code. */
  public static DsaClassification dsaClassification(LabelCode code) {
    return switch (code) {
      case TVE_1, TVE_2, TVE_3 -> new DsaClassification(DsaCategory.RISK_FOR_PUBLIC_SECURITY,
          DsaKeyword.TERRORIST_CONTENT, null);
      case BL_2 -> new DsaClassification(DsaCategory.VIOLENCE, DsaKeyword.INCITEMENT_VIOLENCE_HATRED, null);
      case BL_3 -> new DsaClassification(DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH, DsaKeyword.HATE_SPEECH, null);
      case BL_4 -> new DsaClassification(DsaCategory.NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS,
          DsaKeyword.MISINFORMATION_DISINFORMATION, null);
      case BL_1 -> other("Borderline: extremist symbols, coded language or memes");
      case BL_5 -> other("Borderline: content of non-designated violent-extremist movements");
      case BL_6 -> other("Borderline: graphic violence without condemning or news context");
      case CTX -> other("Not violating: context exemption (news, research, counter-narrative)");
      case NEU -> other("Not violating: unrelated to violent extremism");
    };
  }

  private static DsaClassification other(String specification) {
    return new DsaClassification(DsaCategory.OTHER_VIOLATION_TC, DsaKeyword.OTHER, specification);
  }

  /** The GIFCT HSDB / TCAP scopes a code falls into; empty for borderline and other codes. */
  public static Set<GifctScope> gifctScopes(LabelCode code) {
    return switch (code) {
      case TVE_1 -> EnumSet.of(GifctScope.DESIGNATED_ENTITY, GifctScope.BRANDED_TERRORIST_PUBLICATION,
          GifctScope.TCAP_URL);
      case TVE_2 -> EnumSet.of(GifctScope.CONTENT_INCIDENT, GifctScope.ATTACKER_MANIFESTO);
      default -> EnumSet.noneOf(GifctScope.class);
    };
  }

  /** Whether items with this code carry the {@code gifct_entity} and {@code tcap_group} fields. */
  public static boolean carriesEntity(LabelCode code) {
    return code == LabelCode.TVE_1;
  }

  /** The default harmful set H: all TVE and borderline codes. */
  public static Set<LabelCode> defaultHarmfulSet() {
    EnumSet<LabelCode> h = EnumSet.noneOf(LabelCode.class);
    for (LabelCode c : LabelCode.values()) {
      if (c.harmfulByDefault()) {
        h.add(c);
      }
    }
    return h;
  }
}
