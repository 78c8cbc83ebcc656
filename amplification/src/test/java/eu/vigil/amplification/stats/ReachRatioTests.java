package eu.vigil.amplification.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.vigil.amplification.Acceptance;
import eu.vigil.amplification.analysis.AmplificationAnalysis;
import eu.vigil.amplification.analysis.AnalysisConfig;
import eu.vigil.amplification.analysis.AnalysisResult;
import eu.vigil.amplification.synthetic.SyntheticDesigns;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** R3 of spec §6.5: Huszár reach ratio from aggregates. */
class ReachRatioTests {

  @Test
  void aggregatesOfThirtyVersusTwentyPercentReachGiveAboutPlusFiftyPercent() {
    AnalysisResult r = AmplificationAnalysis.run(SyntheticDesigns.generate("r3-reach", 7).data(),
        AnalysisConfig.defaults().withSeed(7));
    assertThat(r.cells()).isEmpty();
    assertThat(r.reach()).hasSize(1);
    RatioEstimate.Estimated ratio = (RatioEstimate.Estimated) r.reach().getFirst().ratio();
    assertThat((ratio.value() - 1) * 100).isCloseTo(50, within(6.0));
    assertThat(ratio.ci()).isNotNull();
    assertThat(ratio.ci().contains(1.5)).isTrue();
    System.out.printf("R3 fixture: %+.1f%% [%+.1f%%, %+.1f%%]%n", (ratio.value() - 1) * 100,
        (ratio.ci().lower() - 1) * 100, (ratio.ci().upper() - 1) * 100);
  }

  @Test
  void binomialBootstrapIntervalCoversTheTrueReachRatio() {
    int replicates = Acceptance.count(500, 200);
    SplittableRandom draws = new SplittableRandom(4);
    int covered = 0;
    for (int i = 0; i < replicates; i++) {
      var agg = SyntheticDesigns.generate("r3-reach", 100 + i).data().aggregates();
      RatioEstimate.Estimated e = (RatioEstimate.Estimated) ReachRatio.fromAggregates(agg.get(0).nReached(),
          agg.get(0).nUsers(), agg.get(1).nReached(), agg.get(1).nUsers(), 500, 0.95, draws);
      if (e.ci().contains(1.5)) {
        covered++;
      }
    }
    assertThat((double) covered / replicates).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void zeroControlReachIsNotEstimable() {
    assertThat(ReachRatio.fromAggregates(10, 100, 0, 100, 200, 0.95, new SplittableRandom(1)))
        .isInstanceOf(RatioEstimate.NotEstimable.class);
  }
}
