package eu.vigil.amplification.stats;

import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Slant of an item, {@code (C − L)/(C + L)} in [−1, 1] from the conservative (C) and liberal (L)
 * landmark counts (Haroon et al.; spec §2.8.6), and congeniality of recommendations with a persona.
 */
public final class Slant {

  private Slant() {}

  /** Slant from landmark counts; empty when C + L = 0 (excluded from means). */
  public static OptionalDouble of(int conservative, int liberal) {
    if (conservative < 0 || liberal < 0) {
      throw new IllegalArgumentException("landmark counts must not be negative");
    }
    int total = conservative + liberal;
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (conservative - liberal) / total);
  }

  /** Mean of the known slants (null entries excluded); empty if none is known. */
  public static OptionalDouble mean(Iterable<@Nullable Double> slants) {
    double s = 0;
    int n = 0;
    for (Double d : slants) {
      if (d != null) {
        s += d;
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(s / n);
  }

  /** Congeniality = mean slant × sign of the persona's ideology (+1 right, −1 left). */
  public static double congeniality(double meanSlant, int personaSign) {
    return meanSlant * Integer.signum(personaSign);
  }
}
