package eu.vigil.amplification.synthetic;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Account-level heterogeneity of one arm: each account's harmful probability is drawn from
 * Beta(p·c, (1 − p)·c) (mean p, concentration c, ICC 1/(c + 1)), optionally rising by {@code slope}
 * per step.
 *
 * @param prevalence mean harmful probability p at step 0 (or of the window)
 * @param concentration Beta concentration c; {@code Double.POSITIVE_INFINITY} for no heterogeneity
 * @param slope change of the harmful probability per step (trajectory designs)
 */
public record ArmDesign(double prevalence, double concentration, double slope) {

  /** Checks the parameters. */
  public ArmDesign {
    if (!(prevalence >= 0 && prevalence <= 1)) {
      throw new IllegalArgumentException("prevalence must be in [0, 1], was " + prevalence);
    }
    if (!(concentration > 0)) {
      throw new IllegalArgumentException("concentration must be positive");
    }
  }

  /** Intra-class correlation of the design, 1/(c + 1). */
  public double icc() {
    return Double.isInfinite(concentration) ? 0 : 1 / (concentration + 1);
  }

  /** Draws one account's base probability. */
  double drawAccount(RandomGenerator beta) {
    if (Double.isInfinite(concentration) || prevalence == 0 || prevalence == 1) {
      return prevalence;
    }
    return new BetaDistribution(beta, prevalence * concentration, (1 - prevalence) * concentration,
        BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY).sample();
  }

  /** Harmful indicators of one account over {@code steps} single-item steps (or a window if slope 0). */
  boolean[] drawFeed(int items, RandomGenerator beta, SplittableRandom rng, boolean trajectory) {
    double pa = drawAccount(beta);
    boolean[] y = new boolean[items];
    for (int i = 0; i < items; i++) {
      double p = trajectory ? Math.clamp(pa + slope * (i + 1), 0.0, 1.0) : pa;
      y[i] = rng.nextDouble() < p;
    }
    return y;
  }

  /** Harmful count among {@code k} items of one account (fast path without impressions). */
  int drawCount(int k, RandomGenerator beta, SplittableRandom rng) {
    double pa = drawAccount(beta);
    int h = 0;
    for (int i = 0; i < k; i++) {
      if (rng.nextDouble() < pa) {
        h++;
      }
    }
    return h;
  }
}
