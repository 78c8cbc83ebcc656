package eu.vigil.amplification.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedEffectTests {

  @Test
  void meanOfPairDifferencesWithIntervalAndTests() {
    SplittableRandom rng = new SplittableRandom(3);
    int n = 40;
    double[] cf = new double[n];
    double[] ctrl = new double[n];
    for (int i = 0; i < n; i++) {
      ctrl[i] = 0.2 + 0.1 * rng.nextDouble();
      cf[i] = ctrl[i] - 0.05 + 0.02 * (rng.nextDouble() - 0.5);
    }
    PairedEffect e = PairedEffect.estimate(cf, ctrl, 1000, 0.95, new SplittableRandom(1));
    assertThat(e.pairs()).isEqualTo(n);
    assertThat(e.tau()).isCloseTo(-0.05, within(0.005));
    assertThat(e.ci()).isNotNull();
    assertThat(e.ci().contains(e.tau())).isTrue();
    assertThat(e.ci().excludesZero()).isTrue();
    assertThat(e.tTestP()).isLessThan(1e-6);
    assertThat(e.wilcoxonP()).isLessThan(1e-4);
  }

  @Test
  void identicalPairsHaveZeroEffectAndUndefinedTests() {
    double[] y = {0.1, 0.2, 0.3};
    PairedEffect e = PairedEffect.estimate(y, y.clone(), 200, 0.95, new SplittableRandom(1));
    assertThat(e.tau()).isZero();
    assertThat(e.tTestP()).isNaN();
    assertThat(e.wilcoxonP()).isNaN();
  }
}
