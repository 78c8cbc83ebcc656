package eu.vigil.amplification.stats;

import org.jspecify.annotations.Nullable;

/**
 * A ratio with its confidence interval, or the statement that it cannot be estimated (zero
 * denominator); never infinite or NaN (spec §6.4).
 */
public sealed interface RatioEstimate permits RatioEstimate.Estimated, RatioEstimate.NotEstimable {

  /** The point estimate, or null when not estimable. */
  @Nullable Double valueOrNull();

  /**
   * An estimated ratio.
   *
   * @param value point estimate
   * @param ci percentile bootstrap interval on the log scale, back-transformed; null when the bootstrap
   *     distribution was degenerate (more than half the tail mass at a zero denominator)
   */
  record Estimated(double value, @Nullable Interval ci) implements RatioEstimate {
    @Override
    public Double valueOrNull() {
      return value;
    }
  }

  /**
   * A ratio with zero denominator.
   *
   * @param reason why, e.g. {@code baseline prevalence is 0}
   */
  record NotEstimable(String reason) implements RatioEstimate {
    @Override
    public @Nullable Double valueOrNull() {
      return null;
    }
  }
}
