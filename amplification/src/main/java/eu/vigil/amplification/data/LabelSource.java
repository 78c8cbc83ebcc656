package eu.vigil.amplification.data;

import java.util.Locale;

/** Who assigned an item's label: trained human annotators or a classifier. */
public enum LabelSource {
  HUMAN,
  MODEL;

  /** Parses {@code human} or {@code model}, case-insensitively. */
  public static LabelSource parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "human" -> HUMAN;
      case "model" -> MODEL;
      default -> throw new IllegalArgumentException("unknown label source '" + text
          + "' (expected human or model)");
    };
  }
}
