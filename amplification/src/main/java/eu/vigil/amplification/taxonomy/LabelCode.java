package eu.vigil.amplification.taxonomy;

import java.util.Locale;

/**
 * Internal label codes of the Vigil taxonomy, version {@value Taxonomy#VERSION} (spec §3.1).
 *
 * <p>The text form ({@link #code()}) is what input files and reports use, e.g. {@code TVE-1}.
 */
public enum LabelCode {
  /** Official propaganda of entities on UN, EU or national lists (GIFCT HSDB and TCAP scope). */
  TVE_1("TVE-1", LabelClass.TERRORIST_VIOLENT_EXTREMIST, "Designated-entity content", false),
  /** Livestreams and manifestos of attackers (GIFCT Content Incident Protocol scope). */
  TVE_2("TVE-2", LabelClass.TERRORIST_VIOLENT_EXTREMIST, "Attacker-produced content", false),
  /** Terrorist content as defined in Regulation (EU) 2021/784. */
  TVE_3("TVE-3", LabelClass.TERRORIST_VIOLENT_EXTREMIST, "Terrorist content under Reg. (EU) 2021/784",
      false),
  /** Extremist symbols, coded language and memes, including "humour". */
  BL_1("BL-1", LabelClass.BORDERLINE, "Extremist symbols, coded language, memes", false),
  /** Glorification of attackers or movements below the TVE-3 threshold; may be illegal in some states. */
  BL_2("BL-2", LabelClass.BORDERLINE, "Glorification below the terrorist-content threshold", true),
  /** Dehumanising or hateful narratives below the illegal hate-speech threshold. */
  BL_3("BL-3", LabelClass.BORDERLINE, "Dehumanising or hateful narratives", false),
  /** Mobilising conspiracy or disinformation narratives, e.g. "replacement" narratives. */
  BL_4("BL-4", LabelClass.BORDERLINE, "Mobilising conspiracy or disinformation narratives", false),
  /** Content of non-designated violent-extremist movements: music, merchandise, recruitment-adjacent. */
  BL_5("BL-5", LabelClass.BORDERLINE, "Content of non-designated violent-extremist movements", false),
  /** Graphic violence without condemning or news context. */
  BL_6("BL-6", LabelClass.BORDERLINE, "Graphic violence without condemning or news context", false),
  /** Context exemptions: news, research, counter- and alternative narratives. */
  CTX("CTX", LabelClass.CONTEXT_EXEMPTION, "Context exemption", false),
  /** Unrelated content. */
  NEU("NEU", LabelClass.UNRELATED, "Unrelated", false);

  private final String code;
  private final LabelClass labelClass;
  private final String title;
  private final boolean jurisdictionDependent;

  LabelCode(String code, LabelClass labelClass, String title, boolean jurisdictionDependent) {
    this.code = code;
    this.labelClass = labelClass;
    this.title = title;
    this.jurisdictionDependent = jurisdictionDependent;
  }

  /** Text form used in files and reports, e.g. {@code BL-3}. */
  public String code() {
    return code;
  }

  /** The class of the code. */
  public LabelClass labelClass() {
    return labelClass;
  }

  /** Short English title. */
  public String title() {
    return title;
  }

  /** Whether the code's legality differs between Member States (must be marked as such in reports). */
  public boolean jurisdictionDependent() {
    return jurisdictionDependent;
  }

  /** Whether the code is terrorist/violent-extremist or borderline, i.e. in the default harmful set. */
  public boolean harmfulByDefault() {
    return labelClass == LabelClass.TERRORIST_VIOLENT_EXTREMIST || labelClass == LabelClass.BORDERLINE;
  }

  /**
   * Parses the text form, case-insensitively, accepting {@code _} for {@code -} (e.g. {@code tve_1}).
   *
   * @throws UnknownLabelException if the text is no code of this taxonomy version
   */
  public static LabelCode parse(String text) {
    String normal = text.strip().toUpperCase(Locale.ROOT).replace('_', '-');
    for (LabelCode c : values()) {
      if (c.code.equals(normal)) {
        return c;
      }
    }
    throw new UnknownLabelException("unknown label code '" + text + "' (taxonomy " + Taxonomy.VERSION
        + " has TVE-1..TVE-3, BL-1..BL-6, CTX, NEU)");
  }
}
