package eu.vigil.amplification.stats;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.RandomGeneratorFactory;

/**
 * Huszár-style reach amplification from platform-side aggregates (spec §2.1, §2.8.3):
 * {@code a = (r_t/N_t) / (r_c/N_c) − 1}. With only counts, the user-level bootstrap within each arm is
 * a binomial resample of the reached count, so the interval comes from {@code b} binomial draws per arm
 * (percentile on the log scale).
 */
public final class ReachRatio {

  private ReachRatio() {}

  /** Reach ratio of two arms' counts; not estimable if the control reached nobody. */
  public static RatioEstimate fromAggregates(long reachedTreat, long usersTreat, long reachedControl,
      long usersControl, int b, double level, RandomGenerator rng) {
    double qt = (double) reachedTreat / usersTreat;
    double qc = (double) reachedControl / usersControl;
    if (reachedControl == 0) {
      return new RatioEstimate.NotEstimable("control reach is 0");
    }
    var source = RandomGeneratorFactory.createRandomGenerator(new java.util.Random(rng.nextLong()));
    BinomialDistribution bt = new BinomialDistribution(source, (int) usersTreat, qt);
    BinomialDistribution bc = new BinomialDistribution(source, (int) usersControl, qc);
    double[] logs = new double[b];
    for (int r = 0; r < b; r++) {
      double t = bt.inverseCumulativeProbability(rng.nextDouble());
      double c = bc.inverseCumulativeProbability(rng.nextDouble());
      logs[r] = Math.log(t / usersTreat) - Math.log(c / usersControl);
    }
    Interval log = Quantiles.percentileInterval(logs, level);
    return new RatioEstimate.Estimated(qt / qc,
        log == null ? null : new Interval(Math.exp(log.lower()), Math.exp(log.upper())));
  }
}
