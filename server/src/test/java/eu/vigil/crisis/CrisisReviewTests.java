package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.audit.AuditRecord;
import eu.vigil.shared.CanonicalJson;

/** The review figures from constructed audit records: no database, no clock. */
class CrisisReviewTests {

    static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    static final UUID EUROPOL = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    static final UUID BKA = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final UUID KESTREL = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID NIMBUS = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final SitrepInterval TWO_HOURS = new SitrepInterval(Duration.ofHours(2));

    private final List<AuditRecord> trail = new ArrayList<>();

    private CrisisReviewTests at(long minutes, String action, UUID by, Map<String, ?> facts) {
        trail.add(new AuditRecord(trail.size() + 1, T0.plus(Duration.ofMinutes(minutes)), null, "someone", by, action,
                "crisis_case", "c", null, null, CanonicalJson.write(facts), "p", "h"));
        return this;
    }

    private CrisisReviewTests at(long minutes, String action) {
        return at(minutes, action, EUROPOL, Map.of("reference", "EUCP-2026-ABCDEF", "phase", "ACTIVE"));
    }

    private CrisisReview review(long endMinutes) {
        return CrisisReview.of(trail, List.of(EUROPOL, BKA), TWO_HOURS, T0.plus(Duration.ofMinutes(endMinutes)));
    }

    @Test
    void aCrisisWithNoDataHasNoFiguresNotZeros() {
        at(0, CrisisEvent.ALERT_RAISED);
        CrisisReview r = review(30);

        assertThat(r.toActivation()).isEmpty();
        assertThat(r.toFirstShare()).isEmpty();
        assertThat(r.firstRemovals()).isEmpty();
        assertThat(r.removals()).isEmpty();
        assertThat(r.gaps()).isEmpty();
        assertThat(r.longestGap()).isEmpty();
        assertThat(r.reports()).isEmpty();
        assertThat(r.acknowledgements()).extracting(CrisisReview.Acknowledgement::afterActivation)
                .containsOnly(Optional.empty());
    }

    @Test
    void timeToActivationAndToEachAcknowledgementCountFromTheirStart() {
        at(0, CrisisEvent.ALERT_RAISED).at(14, CrisisEvent.of(CrisisStep.ASSESS)).at(25, "crisis.activated")
                .at(40, CrisisEvent.ACKNOWLEDGED, BKA, Map.of("organisation", BKA.toString()))
                .at(70, CrisisEvent.ACKNOWLEDGED, BKA, Map.of("organisation", BKA.toString()));
        CrisisReview r = review(100);

        assertThat(r.toActivation()).contains(Duration.ofMinutes(25));
        assertThat(r.acknowledgements()).hasSize(2);
        assertThat(r.acknowledgements().getFirst().organisation()).isEqualTo(BKA);
        assertThat(r.acknowledgements().getFirst().afterActivation()).as("the first acknowledgement counts")
                .contains(Duration.ofMinutes(15));
        assertThat(r.acknowledgements().get(1).organisation()).isEqualTo(EUROPOL);
        assertThat(r.acknowledgements().get(1).at()).as("Europol did not acknowledge").isEmpty();
    }

    @Test
    void anAcknowledgementWithoutFactsIsTheRecordsOrganisation() {
        at(0, CrisisEvent.ALERT_RAISED).at(10, "crisis.activated")
                .at(12, CrisisEvent.ACKNOWLEDGED, EUROPOL, Map.of("reference", "EUCP-2026-ABCDEF"));
        assertThat(review(20).acknowledgements().getFirst())
                .isEqualTo(new CrisisReview.Acknowledgement(EUROPOL, Optional.of(T0.plusSeconds(720)),
                        Optional.of(Duration.ofMinutes(2))));
    }

    @Test
    void firstRemovalPerProviderAndTheShareRemovedWithinTheHour() {
        at(0, CrisisEvent.ALERT_RAISED).at(10, "crisis.activated")
                .at(32, "crisis.items_shared", BKA, Map.of("organisation", BKA.toString(), "count", 3,
                        "entryIds", List.of(101, 102, 103), "firstEntryAt", T0.plusSeconds(30 * 60).toString()))
                .at(50, "crisis.items_shared", BKA, Map.of("organisation", BKA.toString(), "count", 1,
                        "entryIds", List.of(104), "firstEntryAt", T0.plusSeconds(50 * 60).toString()))
                .at(60, "crisis.item_found", KESTREL, Map.of("organisation", KESTREL.toString(), "entryId", 101,
                        "signalType", "PDQ"))
                .at(70, "crisis.item_removed", KESTREL, item(KESTREL, 101))
                .at(75, "crisis.item_removed", NIMBUS, item(NIMBUS, 101))
                .at(95, "crisis.item_removed", NIMBUS, item(NIMBUS, 102))
                .at(200, "crisis.item_removed", KESTREL, item(KESTREL, 104))
                .at(210, "crisis.item_withdrawn", BKA, item(BKA, 103));
        CrisisReview r = review(300);

        assertThat(r.toFirstShare()).contains(Duration.ofMinutes(22));
        assertThat(r.firstRemovals()).extracting(CrisisReview.ProviderRemoval::organisation,
                        CrisisReview.ProviderRemoval::afterActivation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(KESTREL.toString(), Duration.ofMinutes(60)),
                        org.assertj.core.groups.Tuple.tuple(NIMBUS.toString(), Duration.ofMinutes(65)));
        // 101 removed 40 min after its entry, 102 65 min after, 104 150 min after; 103 was withdrawn unremoved
        assertThat(r.removals()).contains(new CrisisReview.Removals(3, 3, 1));
        assertThat(r.removals().orElseThrow().withinHour()).isEqualTo(1.0 / 3);
    }

    @Test
    void sharedItemsNobodyRemovedAreCountedAsNotRemoved() {
        at(0, CrisisEvent.ALERT_RAISED).at(10, "crisis.activated").at(20, "crisis.items_shared", BKA,
                Map.of("organisation", BKA.toString(), "count", 2, "entryIds", List.of(7, 8)));
        assertThat(review(100).removals()).contains(new CrisisReview.Removals(2, 0, 0));
        assertThat(review(100).firstRemovals()).isEmpty();
    }

    @Test
    void reportGapsCountOnlyActiveTimeAndRestartOnReEscalation() {
        at(0, CrisisEvent.ALERT_RAISED).at(10, "crisis.activated")
                .at(40, CrisisEvent.SITUATION_REPORT).at(220, CrisisEvent.SITUATION_REPORT)
                .at(250, CrisisEvent.of(CrisisStep.DE_ESCALATE))
                .at(400, CrisisEvent.SITUATION_REPORT)
                .at(600, CrisisEvent.of(CrisisStep.RE_ESCALATE)).at(650, CrisisEvent.SITUATION_REPORT)
                .at(700, CrisisEvent.of(CrisisStep.CLOSE));
        CrisisReview r = review(2_000);

        assertThat(r.reports()).hasSize(4);
        assertThat(r.gaps()).extracting(g -> g.length().toMinutes()).containsExactly(30L, 180L, 30L, 50L, 50L);
        assertThat(r.longestGap().orElseThrow().length()).isEqualTo(Duration.ofMinutes(180));
        assertThat(r.gapsOverInterval()).singleElement()
                .isEqualTo(new CrisisReview.Gap(T0.plusSeconds(40 * 60), T0.plusSeconds(220 * 60)));
    }

    @Test
    void aCrisisStillActiveHasItsLastGapUpToNow() {
        at(0, CrisisEvent.ALERT_RAISED).at(10, "crisis.activated").at(20, CrisisEvent.SITUATION_REPORT);
        assertThat(review(200).gaps()).extracting(g -> g.length().toMinutes()).containsExactly(10L, 180L);
        assertThat(review(200).gapsOverInterval()).hasSize(1);
    }

    @Test
    void aReactivationDoesNotMoveTheFirstActivation() {
        at(0, CrisisEvent.ALERT_RAISED).at(10, "crisis.activated").at(30, CrisisEvent.of(CrisisStep.DE_ESCALATE))
                .at(90, CrisisEvent.of(CrisisStep.RE_ESCALATE))
                .at(95, CrisisEvent.ACKNOWLEDGED, BKA, Map.of("organisation", BKA.toString()))
                .at(100, CrisisEvent.of(CrisisStep.CLOSE));
        CrisisReview r = review(500);

        assertThat(r.activatedAt()).contains(T0.plusSeconds(600));
        assertThat(r.toActivation()).contains(Duration.ofMinutes(10));
        assertThat(r.acknowledgements().getFirst().afterActivation()).contains(Duration.ofMinutes(85));
        assertThat(r.gaps()).extracting(g -> g.length().toMinutes()).containsExactly(20L, 10L);
    }

    private static Map<String, Object> item(UUID org, long entry) {
        return Map.of("organisation", org.toString(), "entryId", entry, "signalType", "PDQ");
    }
}
