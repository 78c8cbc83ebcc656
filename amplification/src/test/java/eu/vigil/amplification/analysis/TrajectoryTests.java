package eu.vigil.amplification.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.amplification.Acceptance;
import eu.vigil.amplification.synthetic.SyntheticDesigns;
import org.junit.jupiter.api.Test;

/** R10 of spec §6.5 (the KInIT regression fixture is not committed: no licence). */
class TrajectoryTests {

  private static CellResult analyse(String design, long seed, int b) {
    var data = SyntheticDesigns.generate(design, seed).data();
    return AmplificationAnalysis.run(data, AnalysisConfig.defaults().withSeed(seed).withReplicates(b, 99))
        .cells().getFirst();
  }

  @Test
  void aSlopeOfTwoThousandthsPerStepOverEightyStepsIsDetected() {
    CellResult c = analyse("r10-trajectory", 3, 2000);
    assertThat(c.trajectoryTreat().accounts()).isEqualTo(200);
    assertThat(c.trajectoryTreat().ci()).isNotNull();
    assertThat(c.trajectoryTreat().ci().excludesZero()).isTrue();
    assertThat(c.trajectoryTreat().ci().contains(0.002)).isTrue();
    assertThat(c.curves().depthTreat()).hasSize(80);
  }

  @Test
  void aFlatGeneratorGivesASlopeIntervalContainingZeroInAtLeast93PercentOfReplicates() {
    int replicates = Acceptance.count(1000, 500);
    int b = Acceptance.count(2000, 1000);
    int containsZero = 0;
    for (int i = 0; i < replicates; i++) {
      if (analyse("r10-flat", 700 + i, b).trajectoryTreat().ci().contains(0)) {
        containsZero++;
      }
    }
    System.out.printf("R10 flat: slope CI contains 0 in %.3f of %d replicates%n",
        (double) containsZero / replicates, replicates);
    assertThat((double) containsZero / replicates).isGreaterThanOrEqualTo(0.93);
  }
}
