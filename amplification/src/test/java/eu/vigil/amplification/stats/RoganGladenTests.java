package eu.vigil.amplification.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** R9 of spec §6.5. */
class RoganGladenTests {

  @Test
  void analyticCheckTrueTenPercentObservedAsTwelvePointFiveIsCorrectedBack() {
    double observed = RoganGladen.expectedObserved(0.10, 0.80, 0.95);
    assertThat(observed).isCloseTo(0.125, within(1e-12));
    assertThat(RoganGladen.correct(observed, 0.80, 0.95)).isCloseTo(0.100, within(1e-12));
  }

  /** Simulated classifier on 100,000 items; property over seeds. */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void correctedEstimateIsWithinHalfAPointOfTheTruthWithOneHundredThousandItems(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 100_000;
    int positive = 0;
    for (int i = 0; i < n; i++) {
      boolean truth = rng.nextDouble() < 0.10;
      boolean flagged = truth ? rng.nextDouble() < 0.80 : rng.nextDouble() >= 0.95;
      if (flagged) {
        positive++;
      }
    }
    double observed = (double) positive / n;
    assertThat(observed).isCloseTo(0.125, within(0.005));
    assertThat(RoganGladen.correct(observed, 0.80, 0.95)).isCloseTo(0.100, within(0.005));
  }

  @Test
  void refusesAClassifierNoBetterThanChance() {
    assertThatThrownBy(() -> RoganGladen.correct(0.2, 0.5, 0.5)).hasMessageContaining("Se + Sp");
  }
}
