package eu.vigil.amplification.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.amplification.Acceptance;
import eu.vigil.amplification.stats.MultipleTesting;
import eu.vigil.amplification.stats.PermutationTest;
import eu.vigil.amplification.stats.Seeds;
import eu.vigil.amplification.synthetic.GridDesign;
import eu.vigil.amplification.synthetic.SyntheticDesigns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R8 of spec §6.5: 120-cell grid, 10 amplified cells, BH false-discovery proportion. */
class MultiplicityTests {

  @Test
  void benjaminiHochbergKeepsTheAverageFalseDiscoveryProportionAtMostTenPercent() {
    int simulations = Acceptance.count(200, 200);
    int permutations = Acceptance.count(9999, 999);
    double sumFdp = 0;
    double sumPower = 0;
    for (int s = 0; s < simulations; s++) {
      List<GridDesign.Cell> cells = GridDesign.counts(300L + s, 50);
      double[] p = new double[cells.size()];
      for (int i = 0; i < p.length; i++) {
        GridDesign.Cell c = cells.get(i);
        p[i] = PermutationTest.logRatio(c.treat(), c.base(), permutations, Seeds.stream(s, "cell" + i));
      }
      double[] q = MultipleTesting.benjaminiHochberg(p);
      int discoveries = 0;
      int falseDiscoveries = 0;
      int trueDiscoveries = 0;
      for (int i = 0; i < q.length; i++) {
        if (q[i] <= 0.10) {
          discoveries++;
          if (cells.get(i).amplified()) {
            trueDiscoveries++;
          } else {
            falseDiscoveries++;
          }
        }
      }
      sumFdp += discoveries == 0 ? 0 : (double) falseDiscoveries / discoveries;
      sumPower += trueDiscoveries / (double) GridDesign.AMPLIFIED;
    }
    System.out.printf("R8 mean FDP %.4f, mean power %.3f over %d simulations%n", sumFdp / simulations,
        sumPower / simulations, simulations);
    assertThat(sumFdp / simulations).isLessThanOrEqualTo(0.10);
    assertThat(sumPower / simulations).isGreaterThan(0.5);
  }

  @Test
  void theFullPipelineAdjustsTheGridAndFindsMostAmplifiedCells() {
    var data = SyntheticDesigns.generate("r8-grid", 11);
    AnalysisResult r = AmplificationAnalysis.run(data.data(), AnalysisConfig.defaults().withSeed(11)
        .withReplicates(200, 999));
    assertThat(r.cells()).hasSize(120);
    long trueDiscoveries = r.cells().stream().filter(c -> c.qValue() <= 0.10)
        .filter(c -> data.trueRatioByCell().get(c.key().id()) == 2.0).count();
    long falseDiscoveries = r.cells().stream().filter(c -> c.qValue() <= 0.10)
        .filter(c -> data.trueRatioByCell().get(c.key().id()) == 1.0).count();
    assertThat(trueDiscoveries).isGreaterThanOrEqualTo(5);
    assertThat(falseDiscoveries).isLessThanOrEqualTo(3);
    assertThat(r.cells()).allSatisfy(c -> assertThat(c.qValue()).isGreaterThanOrEqualTo(c.permutationP()));
  }
}
