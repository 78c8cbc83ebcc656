package eu.vigil.amplification.analysis;

import java.util.Locale;

/** How p-values of the exploratory grid are adjusted (primary contrasts always also get Holm). */
public enum Multiplicity {
  /** Benjamini-Hochberg false-discovery-rate control (default, spec §2.8.10). */
  BH,
  /** Holm family-wise error control over all cells. */
  HOLM;

  /** Parses {@code bh} or {@code holm}. */
  public static Multiplicity parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "bh", "benjamini-hochberg", "fdr" -> BH;
      case "holm" -> HOLM;
      default -> throw new IllegalArgumentException("unknown multiplicity method '" + text
          + "' (expected bh or holm)");
    };
  }
}
