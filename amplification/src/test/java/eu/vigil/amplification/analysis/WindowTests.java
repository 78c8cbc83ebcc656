package eu.vigil.amplification.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.stats.RatioEstimate;
import org.junit.jupiter.api.Test;

/** R4 (TrustLab window) and R5 (zero baseline) of spec §6.5 through the pipeline. */
class WindowTests {

  private static final AnalysisConfig CONFIG = AnalysisConfig.defaults().withReplicates(200, 99);

  @Test
  void onlyTheFirstThirtyItemsOfALongFeedCount() {
    AuditFixture f = new AuditFixture()
        .feed("t1", Arm.TREAT, 45, 1, 5, 9, 12, 20, 30, 31, 33, 40, 45)
        .feed("b1", Arm.BASE, 30, 2, 3);
    AnalysisResult r = AmplificationAnalysis.run(f.data(), CONFIG);
    CellResult c = r.cells().getFirst();
    assertThat(c.contrast().pTreat()).isCloseTo(0.200, within(1e-12));
    assertThat(c.impressionsTreat()).isEqualTo(30);
    assertThat(c.shortFeedAccounts()).isZero();
    assertThat(AccountWindows.of(f.data(), CONFIG)).filteredOn(w -> w.accountId().equals("t1"))
        .singleElement().satisfies(w -> {
          assertThat(w.share()).isCloseTo(0.2, within(1e-12));
          assertThat(w.shortFeed()).isFalse();
        });
  }

  @Test
  void aShortFeedUsesItsOwnLengthAndIsFlagged() {
    AuditFixture f = new AuditFixture().feed("t1", Arm.TREAT, 20, 4, 8, 15).feed("b1", Arm.BASE, 30, 2);
    AnalysisResult r = AmplificationAnalysis.run(f.data(), CONFIG);
    assertThat(r.cells().getFirst().contrast().pTreat()).isCloseTo(0.150, within(1e-12));
    assertThat(r.cells().getFirst().shortFeedAccounts()).isEqualTo(1);
    assertThat(AccountWindows.of(f.data(), CONFIG)).filteredOn(w -> w.accountId().equals("t1"))
        .singleElement().satisfies(w -> {
          assertThat(w.itemsInWindow()).isEqualTo(20);
          assertThat(w.shortFeed()).isTrue();
        });
  }

  @Test
  void zeroBaselineIsNotEstimableWithDifferenceAndUpperBound() {
    AuditFixture f = new AuditFixture().feed("t1", Arm.TREAT, 30, 1, 2, 3).feed("t2", Arm.TREAT, 30, 7)
        .feed("b1", Arm.BASE, 30).feed("b2", Arm.BASE, 30);
    CellResult c = AmplificationAnalysis.run(f.data(), CONFIG).cells().getFirst();
    assertThat(c.contrast().ratio()).isInstanceOf(RatioEstimate.NotEstimable.class);
    assertThat(c.contrast().difference()).isCloseTo(4.0 / 60, within(1e-12));
    assertThat(c.contrast().baseUpperBound()).isNotNull().isBetween(0.0, 1.0);
    assertThat(c.power().minimumDetectableRatio()).isNull();
  }
}
