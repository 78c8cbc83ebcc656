package eu.vigil.amplification.stats;

/**
 * Rogan-Gladen correction of a prevalence observed with an imperfect classifier (spec §2.8.11):
 * {@code p_true = (p_obs + Sp − 1) / (Se + Sp − 1)}, clipped to [0, 1].
 */
public final class RoganGladen {

  private RoganGladen() {}

  /**
   * Corrected prevalence.
   *
   * @throws IllegalArgumentException if Se + Sp ≤ 1 (the classifier is no better than chance)
   */
  public static double correct(double observed, double sensitivity, double specificity) {
    double youden = sensitivity + specificity - 1;
    if (!(youden > 0)) {
      throw new IllegalArgumentException("Se + Sp must exceed 1, was " + (sensitivity + specificity));
    }
    return Math.clamp((observed + specificity - 1) / youden, 0.0, 1.0);
  }

  /** Prevalence a classifier with the given Se and Sp is expected to observe at true prevalence p. */
  public static double expectedObserved(double p, double sensitivity, double specificity) {
    return p * sensitivity + (1 - p) * (1 - specificity);
  }
}
