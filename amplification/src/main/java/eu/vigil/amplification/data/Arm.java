package eu.vigil.amplification.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Experimental arm of an audit account (spec §6.1, {@code accounts.arm}). */
public enum Arm {
  /** Trained persona (interacted with the content of interest). */
  TREAT("treat"),
  /** Baseline persona with little or no interaction. */
  BASE("base"),
  /** Feed option not based on profiling (DSA Art. 38). */
  NONPROFILED("nonprofiled"),
  /** Reverse-chronological feed (Huszár et al. control). */
  CHRONO("chrono"),
  /** Counterfactual bot that follows recommendations only after the switch point. */
  CF_BOT("cf_bot"),
  /** Control bot that replays the real history. */
  CTRL_BOT("ctrl_bot");

  private final String id;

  Arm(String id) {
    this.id = id;
  }

  /** The text form used in files. */
  public String id() {
    return id;
  }

  /** Whether the arm can serve as the baseline of an exposure ratio. */
  public boolean canBeBaseline() {
    return this == BASE || this == NONPROFILED || this == CHRONO;
  }

  /**
   * Parses the text form, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Arm parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (Arm a : values()) {
      if (a.id.equals(t)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown arm '" + text + "' (expected one of "
        + Arrays.stream(values()).map(Arm::id).collect(Collectors.joining(", ")) + ")");
  }
}
