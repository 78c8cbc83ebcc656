package eu.vigil.amplification.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExposureContrastTests {

  private static AccountCounts arm(int accounts, int k, int... harmfulPerAccount) {
    int[] h = new int[accounts];
    for (int i = 0; i < harmfulPerAccount.length; i++) {
      h[i] = harmfulPerAccount[i];
    }
    int[] m = new int[accounts];
    Arrays.fill(m, k);
    return new AccountCounts(h, m);
  }

  @Test
  void zeroBaselineGivesNotEstimableRatioButADifferenceAndExactBounds() { // R5
    AccountCounts treat = arm(200, 30, 3, 2, 1, 4, 0, 2, 1, 1);
    AccountCounts base = arm(200, 30);
    ExposureContrast c = ExposureContrast.estimate(treat, base, 500, 0.95, new SplittableRandom(1));
    assertThat(c.ratio()).isInstanceOf(RatioEstimate.NotEstimable.class);
    assertThat(c.ratio().valueOrNull()).isNull();
    assertThat(c.difference()).isCloseTo(14.0 / 6000, within(1e-12));
    assertThat(c.differenceCi()).isNotNull();
    assertThat(c.baseUpperBound()).isCloseTo(1 - Math.pow(0.05, 1.0 / 6000), within(1e-12));
    assertThat(c.ratioLowerBound()).isCloseTo(c.pTreat() / c.baseUpperBound(), within(1e-12));
    assertThat(c.haldaneRatio()).isFinite();
    assertThat(c.deltaMethodLogRatioSe()).isNull();
    assertThat(c.reachRatio()).isInstanceOf(RatioEstimate.NotEstimable.class);
  }

  @Test
  void estimatesRatioDifferenceCohensHAndReach() {
    AccountCounts treat = arm(4, 10, 2, 2, 1, 1);
    AccountCounts base = arm(4, 10, 1, 0, 1, 1);
    ExposureContrast c = ExposureContrast.estimate(treat, base, 500, 0.95, new SplittableRandom(1));
    assertThat(c.pTreat()).isCloseTo(0.15, within(1e-12));
    assertThat(c.pBase()).isCloseTo(0.075, within(1e-12));
    assertThat(c.ratio().valueOrNull()).isCloseTo(2.0, within(1e-12));
    assertThat(c.difference()).isCloseTo(0.075, within(1e-12));
    assertThat(c.cohenH()).isCloseTo(2 * Math.asin(Math.sqrt(0.15)) - 2 * Math.asin(Math.sqrt(0.075)), within(1e-12));
    assertThat(c.qTreat()).isEqualTo(1.0);
    assertThat(c.qBase()).isEqualTo(0.75);
    assertThat(c.reachRatio().valueOrNull()).isCloseTo(4.0 / 3, within(1e-12));
  }

  @Test
  void deltaMethodAndBootstrapIntervalsAgreeOnALargeSample() {
    SplittableRandom rng = new SplittableRandom(9);
    int[] ht = new int[300];
    int[] hb = new int[300];
    int[] m = new int[300];
    for (int a = 0; a < 300; a++) {
      m[a] = 30;
      for (int i = 0; i < 30; i++) {
        ht[a] += rng.nextDouble() < 0.1 ? 1 : 0;
        hb[a] += rng.nextDouble() < 0.05 ? 1 : 0;
      }
    }
    ExposureContrast c = ExposureContrast.estimate(new AccountCounts(ht, m), new AccountCounts(hb, m), 2000, 0.95,
        new SplittableRandom(2));
    Interval boot = ((RatioEstimate.Estimated) c.ratio()).ci();
    Interval delta = c.deltaMethodInterval(0.95);
    assertThat(boot.lower()).isCloseTo(delta.lower(), within(0.08));
    assertThat(boot.upper()).isCloseTo(delta.upper(), within(0.08));
  }
}
