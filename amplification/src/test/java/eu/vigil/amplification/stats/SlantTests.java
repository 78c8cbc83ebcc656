package eu.vigil.amplification.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** R6 of spec §6.5. */
class SlantTests {

  @Test
  void thirtyConservativeAndTenLiberalLandmarksGiveSlantOneHalf() {
    assertThat(Slant.of(30, 10)).hasValue(0.5);
  }

  @Test
  void noLandmarksGiveNoSlantWhichIsExcludedFromMeans() {
    assertThat(Slant.of(0, 0)).isEmpty();
    Double none = Slant.of(0, 0).isPresent() ? Slant.of(0, 0).getAsDouble() : null;
    assertThat(Slant.mean(Arrays.asList(0.5, none, -0.1))).hasValue(0.2);
  }

  @Test
  void congenialityFlipsWithThePersonasSide() {
    assertThat(Slant.congeniality(0.3, -1)).isEqualTo(-0.3);
    assertThat(Slant.congeniality(0.3, 1)).isEqualTo(0.3);
  }
}
