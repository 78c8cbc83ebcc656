package eu.vigil.amplification.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KaplanMeierTests {

  private static KaplanMeier.Observation exposed(int t) {
    return new KaplanMeier.Observation(t, true);
  }

  private static KaplanMeier.Observation censored(int t) {
    return new KaplanMeier.Observation(t, false);
  }

  @Test
  void productLimitEstimateMatchesHandComputation() {
    List<KaplanMeier.Step> s = KaplanMeier.curve(List.of(exposed(1), exposed(2), censored(2), exposed(3),
        censored(4)));
    assertThat(s).extracting(KaplanMeier.Step::atRisk).containsExactly(5, 4, 2, 1);
    assertThat(s.get(0).survival()).isCloseTo(0.8, within(1e-12));
    assertThat(s.get(1).survival()).isCloseTo(0.6, within(1e-12));
    assertThat(s.get(2).survival()).isCloseTo(0.3, within(1e-12));
    assertThat(s.get(3).survival()).isCloseTo(0.3, within(1e-12));
  }

  @Test
  void logRankIsOneForIdenticalArmsAndSmallForEarlyVersusLateExposure() {
    List<KaplanMeier.Observation> a = new ArrayList<>();
    List<KaplanMeier.Observation> late = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      a.add(exposed(1 + i % 5));
      late.add(i % 4 == 0 ? censored(30) : exposed(10 + i % 10));
    }
    assertThat(KaplanMeier.logRankP(a, List.copyOf(a))).isCloseTo(1.0, within(1e-9));
    assertThat(KaplanMeier.logRankP(a, late)).isLessThan(1e-6);
  }
}
