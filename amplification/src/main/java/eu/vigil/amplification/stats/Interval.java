package eu.vigil.amplification.stats;

/**
 * A two-sided confidence interval with finite bounds.
 *
 * @param lower lower bound
 * @param upper upper bound, not below {@code lower}
 */
public record Interval(double lower, double upper) {

  /** Checks the bounds. */
  public Interval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
      throw new IllegalArgumentException("interval bounds must be finite and ordered: [" + lower + ", "
          + upper + "]");
    }
  }

  /** Whether {@code value} lies in the closed interval. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /** Whether 0 lies outside the interval. */
  public boolean excludesZero() {
    return !contains(0);
  }
}
