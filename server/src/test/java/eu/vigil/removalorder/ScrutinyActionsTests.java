package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What the model offers each party in a cross-border scrutiny (Art. 4), without a database: the order page shows
 * exactly these forms (issue 12, broken point 1).
 */
class ScrutinyActionsTests {

    private static final Instant RECEIVED = Instant.parse("2026-11-30T09:00:00Z");
    private static final ScrutinyActions.Party ADDRESSEE = new ScrutinyActions.Party(true, true, false);
    private static final ScrutinyActions.Party SCRUTINISER = new ScrutinyActions.Party(true, false, true);
    private static final ScrutinyActions.Party HOST_WITHOUT_ROLE_B = new ScrutinyActions.Party(true, false, false);

    static RemovalOrder order(boolean crossBorder, ScrutinyCopy copy) {
        return order(new OrderType("TCO_REMOVAL", "TCO", "Art. 3 TCO", Duration.ofHours(1), Duration.ofMinutes(45),
                true, false), crossBorder, copy);
    }

    static RemovalOrder order(OrderType type, boolean crossBorder, ScrutinyCopy copy) {
        Instant t = RECEIVED;
        return new RemovalOrder(new RemovalOrderId(UUID.randomUUID()), "LU-TEST-2026-00001", type, UUID.randomUUID(),
                "Issuer", "LU", UUID.randomUUID(), "Provider", 1, "SK", crossBorder, "en",
                EnumSet.of(TerroristContentType.INCITEMENT), "reasons", "Officer", "Head", null, "Court", "two months",
                false, null, false, null, false, Duration.ofHours(1), Duration.ofMinutes(45), t, t, t, null, t, null, null,
                null, OrderState.OPEN, List.of(), Optional.ofNullable(copy), List.of(), List.of(), null);
    }

    static ScrutinyCopy delivered() {
        return new ScrutinyCopy(UUID.randomUUID(), "SK", ScrutinyCopy.Delivery.DELIVERED, RECEIVED,
                RECEIVED.plus(Duration.ofHours(72)), false);
    }

    static Scrutiny running(Scrutiny.Initiator by, Instant notice, Instant decided, Scrutiny.Outcome outcome) {
        return new Scrutiny(by, "reasons", RECEIVED, RECEIVED.plus(Duration.ofHours(72)), notice,
                notice == null ? null : "notice", decided, outcome, decided == null ? null : "because",
                outcome == Scrutiny.Outcome.INFRINGEMENT ? decided.plus(Duration.ofHours(1)) : null, null, List.of());
    }

    @Test
    void theHostAuthorityWithoutRoleBIsOfferedNothing() {
        var order = order(true, delivered());
        assertThat(ScrutinyActions.of(order, null, HOST_WITHOUT_ROLE_B, RECEIVED.plusSeconds(60)))
                .isEqualTo(ScrutinyActions.NONE);
        var s = running(Scrutiny.Initiator.PROVIDER, RECEIVED.plusSeconds(90), null, null);
        assertThat(ScrutinyActions.of(order, s, HOST_WITHOUT_ROLE_B, RECEIVED.plusSeconds(120)))
                .isEqualTo(ScrutinyActions.NONE);
    }

    @Test
    void theRoleBAuthorityStartsOnlyWithinTheWindowOfADeliveredCopy() {
        var order = order(true, delivered());
        assertThat(ScrutinyActions.of(order, null, SCRUTINISER, RECEIVED.plus(Duration.ofHours(71))).start()).isTrue();
        assertThat(ScrutinyActions.of(order, null, SCRUTINISER, RECEIVED.plus(Duration.ofHours(72))).start()).isFalse();
        var undeliverable = order(true, new ScrutinyCopy(null, "SK", ScrutinyCopy.Delivery.UNDELIVERABLE, null, null, false));
        assertThat(ScrutinyActions.of(undeliverable, null, SCRUTINISER, RECEIVED.plusSeconds(60)).start()).isFalse();
    }

    @Test
    void theDecisionIsOfferedOnlyAfterTheNoticeOfIntentionAndNeverTwice() {
        var order = order(true, delivered());
        Instant now = RECEIVED.plus(Duration.ofHours(2));
        var noNotice = ScrutinyActions.of(order, running(Scrutiny.Initiator.OWN_INITIATIVE, null, null, null), SCRUTINISER, now);
        assertThat(noNotice.start()).isFalse();
        assertThat(noNotice.notice()).isTrue();
        assertThat(noNotice.decide()).isFalse();
        var noticed = running(Scrutiny.Initiator.OWN_INITIATIVE, RECEIVED.plusSeconds(60), null, null);
        assertThat(ScrutinyActions.of(order, noticed, SCRUTINISER, now).decide()).isTrue();
        var decided = running(Scrutiny.Initiator.OWN_INITIATIVE, RECEIVED.plusSeconds(60), RECEIVED.plusSeconds(120),
                Scrutiny.Outcome.NO_INFRINGEMENT);
        assertThat(ScrutinyActions.of(order, decided, SCRUTINISER, now)).isEqualTo(ScrutinyActions.NONE);
    }

    @Test
    void theAddresseeRequestsWithin48HoursOnceAndReinstatesAfterAnInfringement() {
        var order = order(true, delivered());
        assertThat(ScrutinyActions.of(order, null, ADDRESSEE, RECEIVED.plus(Duration.ofHours(48))).request()).isTrue();
        assertThat(ScrutinyActions.of(order, null, ADDRESSEE, RECEIVED.plus(Duration.ofHours(48)).plusSeconds(1)).request())
                .isFalse();
        var own = running(Scrutiny.Initiator.OWN_INITIATIVE, null, null, null);
        assertThat(ScrutinyActions.of(order, own, ADDRESSEE, RECEIVED.plusSeconds(60)).request()).as("joins").isTrue();
        var asked = running(Scrutiny.Initiator.PROVIDER, null, null, null);
        assertThat(ScrutinyActions.of(order, asked, ADDRESSEE, RECEIVED.plusSeconds(60)).request()).isFalse();
        var infringement = running(Scrutiny.Initiator.PROVIDER, RECEIVED.plusSeconds(60), RECEIVED.plusSeconds(120),
                Scrutiny.Outcome.INFRINGEMENT);
        var after = ScrutinyActions.of(order, infringement, ADDRESSEE, RECEIVED.plusSeconds(180));
        assertThat(after.reinstate()).isTrue();
        assertThat(after.request()).isFalse();
    }

    @Test
    void ordersOutsideArticle4AndReadersWithoutTheOperatorRoleOfferNothing() {
        assertThat(ScrutinyActions.of(order(false, null), null, ADDRESSEE, RECEIVED)).isEqualTo(ScrutinyActions.NONE);
        var national = new OrderType("NL_NATIONAL", "National", "national law", Duration.ofHours(1),
                Duration.ofMinutes(45), false, false, "NL", false, false, false, false, false);
        assertThat(ScrutinyActions.of(order(national, true, delivered()), null, SCRUTINISER, RECEIVED))
                .isEqualTo(ScrutinyActions.NONE);
        assertThat(ScrutinyActions.of(order(true, delivered()), null, new ScrutinyActions.Party(false, false, true),
                RECEIVED)).isEqualTo(ScrutinyActions.NONE);
    }
}
