package eu.vigil.amplification.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTests {

  /** Krippendorff (2011), "Computing Krippendorff's alpha-reliability", 4 observers, 12 units. */
  @Test
  void reproducesThePublishedNominalAlphaOfKrippendorffsExample() {
    Integer[][] byObserver = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
        {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
    List<List<Integer>> units = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      List<Integer> values = new ArrayList<>();
      for (Integer[] obs : byObserver) {
        if (obs[u] != null) {
          values.add(obs[u]);
        }
      }
      units.add(values);
    }
    assertThat(KrippendorffAlpha.nominal(units)).isCloseTo(0.743, within(0.0005));
  }

  @Test
  void perfectAgreementGivesOneAndNoPairableUnitsGivesNaN() {
    assertThat(KrippendorffAlpha.nominal(List.of(List.of("a", "a"), List.of("b", "b", "b")))).isEqualTo(1.0);
    assertThat(KrippendorffAlpha.nominal(List.of(List.of("a"), List.of("b")))).isNaN();
  }

  @Test
  void systematicDisagreementIsBelowZero() {
    List<List<String>> units = Arrays.asList(List.of("a", "b"), List.of("b", "a"), List.of("a", "b"));
    assertThat(KrippendorffAlpha.nominal(units)).isLessThan(0);
  }
}
