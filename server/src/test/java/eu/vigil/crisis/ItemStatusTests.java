package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.vigil.crisis.ItemStatus.Allowed;
import eu.vigil.crisis.ItemStatus.Refusal;
import eu.vigil.crisis.ItemStatus.Refused;

/** The spread of a crisis item on one provider's service (R42) as a rule of the model, without a database. */
class ItemStatusTests {

    private static final Optional<ItemStatus> NONE = Optional.empty();

    @Test
    void aProviderThatHasNotSeenTheItemMarksItFoundThenRemoved() {
        assertThat(ItemStatus.mark(true, NONE, ItemStatus.FOUND)).isEqualTo(new Allowed(ItemStatus.FOUND));
        assertThat(ItemStatus.mark(true, Optional.of(ItemStatus.FOUND), ItemStatus.REMOVED))
                .isEqualTo(new Allowed(ItemStatus.REMOVED));
    }

    @Test
    void aProviderMayRemoveWithoutMarkingFoundFirst() {
        assertThat(ItemStatus.mark(true, NONE, ItemStatus.REMOVED)).isEqualTo(new Allowed(ItemStatus.REMOVED));
    }

    @Test
    void theSharerCountsAsReportedAndOnlyRemovesFromThere() {
        assertThat(ItemStatus.mark(true, Optional.of(ItemStatus.REPORTED), ItemStatus.REMOVED))
                .isEqualTo(new Allowed(ItemStatus.REMOVED));
        assertThat(ItemStatus.mark(true, Optional.of(ItemStatus.REPORTED), ItemStatus.FOUND))
                .isEqualTo(new Refused(Refusal.ALREADY_FOUND));
        assertThat(ItemStatus.mark(true, Optional.of(ItemStatus.FOUND), ItemStatus.FOUND))
                .isEqualTo(new Refused(Refusal.ALREADY_FOUND));
    }

    @ParameterizedTest
    @EnumSource(ItemStatus.class)
    void removedIsFinal(ItemStatus to) {
        var mark = ItemStatus.mark(true, Optional.of(ItemStatus.REMOVED), to);
        assertThat(mark).isInstanceOf(Refused.class);
        if (to != ItemStatus.REPORTED) {
            assertThat(mark).isEqualTo(new Refused(Refusal.ALREADY_REMOVED));
        }
        assertThat(ItemStatus.REMOVED.isFinal()).isTrue();
        assertThat(ItemStatus.FOUND.isFinal()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ItemStatus.class)
    void onlyProvidersMarkItems(ItemStatus to) {
        assertThat(ItemStatus.mark(false, NONE, to)).isEqualTo(new Refused(Refusal.NOT_A_PROVIDER));
    }

    @Test
    void reportedComesFromSharingAndIsNeverMarked() {
        assertThat(ItemStatus.mark(true, NONE, ItemStatus.REPORTED)).isEqualTo(new Refused(Refusal.NOT_MARKABLE));
        assertThat(ItemStatus.mark(true, Optional.of(ItemStatus.FOUND), ItemStatus.REPORTED))
                .isEqualTo(new Refused(Refusal.NOT_MARKABLE));
    }
}
