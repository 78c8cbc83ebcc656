package eu.vigil.amplification.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Spec §2.8.12 worked example. */
class PowerTests {

  @Test
  void twoVersusFourPercentNeedsAbout1138ItemsAnd148AccountsPerArm() {
    assertThat(Power.itemsPerArm(0.02, 0.04, 0.05, 0.8)).isCloseTo(1138, within(1.0));
    assertThat(Power.designEffect(30, 0.1)).isCloseTo(3.9, within(1e-12));
    assertThat(Math.ceil(Power.accountsPerArm(0.02, 0.04, 30, 0.1, 0.05, 0.8))).isEqualTo(148);
  }

  @Test
  void minimumDetectableRatioInvertsTheSampleSize() {
    double mdr = Power.minimumDetectableRatio(0.02, 148, 30, 0.1, 0.05, 0.8);
    assertThat(mdr).isCloseTo(2.0, within(0.01));
    assertThat(Power.minimumDetectableRatio(0.02, 600, 30, 0.1, 0.05, 0.8)).isLessThan(mdr);
  }
}
