package eu.vigil.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The queue's order as a rule, without a database: binding first by deadline, then priority, then the rest. */
class QueueOrderTests {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    static InboxEntry entry(String ref, InboxEntry.Kind kind, Duration dueIn, boolean priority, Duration receivedAgo) {
        return new InboxEntry(kind, UUID.nameUUIDFromBytes(ref.getBytes()), ref, "t", "sender", null,
                NOW.minus(receivedAgo), dueIn == null ? null : NOW.plus(dueIn), priority, 1, 1, "OPEN", "/x/" + ref);
    }

    static final List<InboxEntry> EXPECTED = List.of(
            entry("order-overdue", InboxEntry.Kind.ORDER, Duration.ofMinutes(-5), false, Duration.ofMinutes(65)),
            entry("order-soon", InboxEntry.Kind.ORDER, Duration.ofMinutes(10), false, Duration.ofMinutes(50)),
            entry("order-later", InboxEntry.Kind.ORDER, Duration.ofMinutes(50), false, Duration.ofMinutes(10)),
            entry("notice-flagger-old", InboxEntry.Kind.NOTICE, null, true, Duration.ofDays(2)),
            entry("notice-flagger-new", InboxEntry.Kind.NOTICE, null, true, Duration.ofHours(1)),
            entry("referral-due-soon", InboxEntry.Kind.REFERRAL, Duration.ofHours(2), false, Duration.ofDays(3)),
            entry("referral-due-late", InboxEntry.Kind.REFERRAL, Duration.ofHours(30), false, Duration.ofHours(1)),
            entry("notice-old", InboxEntry.Kind.NOTICE, null, false, Duration.ofDays(5)),
            entry("notice-new", InboxEntry.Kind.NOTICE, null, false, Duration.ofMinutes(1)));

    @ParameterizedTest(name = "shuffled with seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026, 99991})
    void anyArrivalOrderGivesTheSameQueue(long seed) {
        List<InboxEntry> shuffled = new ArrayList<>(EXPECTED);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.sort(QueueOrder.at(NOW));
        assertThat(shuffled).extracting(InboxEntry::reference)
                .containsExactlyElementsOf(EXPECTED.stream().map(InboxEntry::reference).toList());
    }

    @Test
    void aReferralNeverOvertakesAnOrderEvenWhenItsRequestedTimeIsNearer() {
        var order = entry("order", InboxEntry.Kind.ORDER, Duration.ofMinutes(59), false, Duration.ofMinutes(1));
        var referral = entry("referral", InboxEntry.Kind.REFERRAL, Duration.ofMinutes(-600), false, Duration.ofDays(4));
        var flagger = entry("flagger", InboxEntry.Kind.NOTICE, null, true, Duration.ofDays(4));
        List<InboxEntry> list = new ArrayList<>(List.of(flagger, referral, order));
        list.sort(QueueOrder.at(NOW));
        assertThat(list).containsExactly(order, flagger, referral);
        assertThat(QueueOrder.rank(order, NOW)).isEqualTo(QueueOrder.Rank.ORDER);
        assertThat(QueueOrder.rank(order, NOW.plus(Duration.ofMinutes(59)))).isEqualTo(QueueOrder.Rank.ORDER_OVERDUE);
        assertThat(QueueOrder.rank(referral, NOW)).as("a referral has no legal deadline to be overdue on")
                .isEqualTo(QueueOrder.Rank.NON_BINDING);
        assertThat(QueueOrder.rank(flagger, NOW)).isEqualTo(QueueOrder.Rank.PRIORITY);
    }

    @Test
    void onlyOrdersBind() {
        assertThat(InboxEntry.Kind.ORDER.binding()).isTrue();
        assertThat(InboxEntry.Kind.REFERRAL.binding()).isFalse();
        assertThat(InboxEntry.Kind.NOTICE.binding()).isFalse();
    }
}
