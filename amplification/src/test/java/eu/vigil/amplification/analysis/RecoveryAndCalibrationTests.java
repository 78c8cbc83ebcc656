package eu.vigil.amplification.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.amplification.Acceptance;
import eu.vigil.amplification.stats.RatioEstimate;
import eu.vigil.amplification.synthetic.SyntheticData;
import eu.vigil.amplification.synthetic.SyntheticDesigns;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** R1 (recovery and coverage) and R2 (null calibration) of spec §6.5, through the full pipeline. */
class RecoveryAndCalibrationTests {

  private static final String CELL = "youtube/DE/de/vrwe/home_feed/engaged_borderline_vrwe";

  private static CellResult analyse(String design, long seed, int b, int permutations) {
    SyntheticData d = SyntheticDesigns.generate(design, seed);
    AnalysisResult r = AmplificationAnalysis.run(d.data(),
        AnalysisConfig.defaults().withSeed(seed).withReplicates(b, permutations));
    assertThat(r.cells()).hasSize(1);
    assertThat(r.cells().getFirst().key().id()).isEqualTo(CELL);
    return r.cells().getFirst();
  }

  /**
   * R1 fixture. The fixture seed is the default run seed 1. The range [1.65, 2.52] is about the central
   * 95% of the estimator's distribution, so some seeds fall outside it (seed 20260101 gives 1.58); the
   * coverage test below therefore also checks the share of replicates in the range.
   */
  @Test
  void fixedSeedFixtureEstimatesTheTrueRatioOfTwo() {
    CellResult c = analyse("r1-recovery", 1L, 2000, 999);
    RatioEstimate.Estimated ar = (RatioEstimate.Estimated) c.contrast().ratio();
    assertThat(ar.value()).isBetween(1.65, 2.52);
    assertThat(ar.ci()).isNotNull();
    assertThat(ar.ci().contains(2.0)).isTrue();
    assertThat(c.accountsTreat()).isEqualTo(200);
    assertThat(c.accountsBase()).isEqualTo(200);
    assertThat(c.permutationP()).isLessThan(0.01);
  }

  @Test
  void clusterBootstrapIntervalCoversTheTrueRatioInAtLeast93PercentOfReplicates() { // R1
    int replicates = Acceptance.count(500, 500);
    int b = Acceptance.count(2000, 1000);
    int covered = 0;
    int inFixtureRange = 0;
    double[] estimates = new double[replicates];
    for (int i = 0; i < replicates; i++) {
      CellResult c = analyse("r1-recovery", 1000L + i, b, 99);
      RatioEstimate.Estimated ar = (RatioEstimate.Estimated) c.contrast().ratio();
      estimates[i] = ar.value();
      if (ar.value() >= 1.65 && ar.value() <= 2.52) {
        inFixtureRange++;
      }
      if (ar.ci() != null && ar.ci().contains(2.0)) {
        covered++;
      }
    }
    Arrays.sort(estimates);
    double coverage = (double) covered / replicates;
    System.out.printf("R1 coverage %.3f over %d replicates (B=%d), median AR %.3f, in [1.65, 2.52]: %.3f%n",
        coverage, replicates, b, estimates[replicates / 2], (double) inFixtureRange / replicates);
    assertThat(coverage).isGreaterThanOrEqualTo(0.93);
    assertThat(estimates[replicates / 2]).isBetween(1.9, 2.1);
    assertThat((double) inFixtureRange / replicates).isGreaterThanOrEqualTo(0.9);
  }

  /**
   * R2. The spec asks for 300 or more replicates; an exactly calibrated 5% test exceeds 6% in about 13%
   * of 300-replicate runs, so 2,000 replicates are used (Monte Carlo SE 0.5 points). Seeds 5000-5999
   * alone gave 6.3%, seeds 9000-9999 gave 3.9%.
   */
  @Test
  void permutationTestRejectsAtMost6PercentUnderTheNullAndIntervalsCoverOne() {
    int replicates = Acceptance.count(2000, 2000);
    int permutations = Acceptance.count(9999, 999);
    int b = Acceptance.count(2000, 1000);
    int rejected = 0;
    int covered = 0;
    for (int i = 0; i < replicates; i++) {
      CellResult c = analyse("r2-null", 5000L + i, b, permutations);
      if (c.permutationP() <= 0.05) {
        rejected++;
      }
      RatioEstimate.Estimated ar = (RatioEstimate.Estimated) c.contrast().ratio();
      if (ar.ci() != null && ar.ci().contains(1.0)) {
        covered++;
      }
    }
    System.out.printf("R2 rejection rate %.3f, CI coverage of 1: %.3f over %d replicates%n",
        (double) rejected / replicates, (double) covered / replicates, replicates);
    assertThat((double) rejected / replicates).isLessThanOrEqualTo(0.06);
    assertThat((double) covered / replicates).isGreaterThanOrEqualTo(0.93);
  }
}
