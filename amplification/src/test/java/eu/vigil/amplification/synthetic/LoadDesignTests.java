package eu.vigil.amplification.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.amplification.analysis.AmplificationAnalysis;
import eu.vigil.amplification.analysis.AnalysisConfig;
import eu.vigil.amplification.analysis.AnalysisResult;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.Impression;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The {@code load} data set behind {@code vigil bench amplification}: size and shape. */
class LoadDesignTests {

  @Test
  void reachesTheRequestedSizeWithSeventyImpressionsPerAccountIn24Cells() {
    SyntheticData d = SyntheticDesigns.load(3, 50_000);

    int groups = 12;
    int perArm = (int) Math.ceil(50_000.0 / (2 * groups * LoadDesign.PER_ACCOUNT));
    assertThat(d.data().accounts()).hasSize(2 * groups * perArm);
    assertThat(d.data().impressions()).hasSize(2 * groups * perArm * LoadDesign.PER_ACCOUNT)
        .hasSizeGreaterThanOrEqualTo(50_000).hasSizeLessThan(50_000 + 2 * groups * LoadDesign.PER_ACCOUNT);
    Map<String, Long> perAccount = d.data().impressions().stream()
        .collect(Collectors.groupingBy(Impression::accountId, Collectors.counting()));
    assertThat(perAccount.values()).containsOnly((long) LoadDesign.PER_ACCOUNT);
    assertThat(d.data().accounts().stream().filter(a -> a.arm() == Arm.TREAT)).hasSize(groups * perArm);

    AnalysisResult r = AmplificationAnalysis.run(d.data(), AnalysisConfig.defaults().withReplicates(100, 99));
    assertThat(r.cells()).hasSize(24);
    assertThat(r.cells()).allSatisfy(c -> assertThat(c.accountsTreat()).isEqualTo(perArm));
    assertThat(d.trueRatioByCell()).hasSize(groups)
        .allSatisfy((cell, ratio) -> assertThat(r.cells()).anyMatch(c -> c.key().id().equals(cell)));
  }

  @Test
  void isDeterministicAndRejectsANonPositiveSize() {
    assertThat(SyntheticDesigns.load(9, 3_000).data()).isEqualTo(SyntheticDesigns.load(9, 3_000).data());
    assertThatThrownBy(() -> SyntheticDesigns.load(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
