package eu.vigil.amplification.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MultipleTestingTests {

  @Test
  void benjaminiHochbergAndHolmMatchHandComputedValues() {
    double[] p = {0.01, 0.04, 0.03, 0.005};
    assertThat(MultipleTesting.benjaminiHochberg(p)).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02},
        within(1e-12));
    assertThat(MultipleTesting.holm(p)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
  }

  @Test
  void missingPValuesStayMissingAndDoNotCountAsTests() {
    double[] q = MultipleTesting.benjaminiHochberg(new double[] {0.01, Double.NaN, 0.02});
    assertThat(q[1]).isNaN();
    assertThat(q[0]).isCloseTo(0.02, within(1e-12));
  }

  /** Property check over seeded random inputs (no jqwik): adjusted ≥ raw, ≤ 1, order kept, Holm ≥ BH. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void adjustedValuesAreMonotoneBoundedAndHolmIsNeverBelowBh(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] p = new double[1 + rng.nextInt(150)];
    for (int i = 0; i < p.length; i++) {
      p[i] = rng.nextDouble() < 0.2 ? rng.nextDouble() * 0.01 : rng.nextDouble();
    }
    double[] q = MultipleTesting.benjaminiHochberg(p);
    double[] h = MultipleTesting.holm(p);
    for (int i = 0; i < p.length; i++) {
      assertThat(q[i]).isBetween(p[i], 1.0);
      assertThat(h[i]).isGreaterThanOrEqualTo(q[i] - 1e-15).isLessThanOrEqualTo(1.0);
      for (int j = 0; j < p.length; j++) {
        if (p[i] < p[j]) {
          assertThat(q[i]).isLessThanOrEqualTo(q[j]);
          assertThat(h[i]).isLessThanOrEqualTo(h[j]);
        }
      }
    }
  }
}
