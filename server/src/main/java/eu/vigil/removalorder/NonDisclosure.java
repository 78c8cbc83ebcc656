package eu.vigil.removalorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.shared.Digests;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.StateConflict;
import eu.vigil.shared.Violations;

/**
 * The one extension of non-disclosure that Art. 11(3) allows (R9): at most six more weeks, never beyond twelve
 * weeks from the decision; a second extension, an extension after non-disclosure has ended and one that does not
 * extend are refused with a typed {@link Refusal}. An extension is a separate amendment sealed by the issuing
 * authority ({@link NonDisclosureExtension}, ADR 0026); the order as issued and its seal are never changed, so the
 * order stays valid and in the provider's inbox. The provider is told by a {@link NonDisclosureExtended} event.
 */
@Service
public class NonDisclosure {

    /** Art. 11(3): total at most twelve weeks from the decision. */
    static final int MAX_TOTAL_DAYS = 84;

    /** Why an extension is refused. */
    public enum Refusal {
        /** The order carries no non-disclosure decision (422). */
        NO_NON_DISCLOSURE,
        /** Non-disclosure was already extended once (422, Art. 11(3)). */
        SECOND_EXTENSION,
        /** The new end is not after the current one (422). */
        DOES_NOT_EXTEND,
        /** Non-disclosure has already ended: nothing is left to extend (409). */
        NON_DISCLOSURE_ENDED
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RemovalOrders orders;
    private final OrderSeal seal;
    private final ApplicationEventPublisher events;

    NonDisclosure(JdbcClient jdbc, Clock clock, RemovalOrders orders, OrderSeal seal, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.orders = orders;
        this.seal = seal;
        this.events = events;
    }

    /**
     * The issuer extends non-disclosure until {@code until} by a sealed amendment.
     *
     * @throws RuleViolation  (422) with a {@link Refusal} as reason
     * @throws StateConflict  (409) {@link Refusal#NON_DISCLOSURE_ENDED} once non-disclosure has ended
     * @throws eu.vigil.shared.InvalidInput (400) naming {@code until} when it is beyond six or twelve weeks
     */
    @Transactional
    public NonDisclosureExtension extend(Actor actor, RemovalOrderId id, LocalDate until) {
        RemovalOrder visible = orders.get(actor, id);
        if (!RemovalOrders.isIssuer(actor, visible)) {
            throw new Forbidden("only the issuing authority extends non-disclosure");
        }
        // one extension at a time per order: the amendments of an order are numbered under this lock
        jdbc.sql("select id from removal_order where id = ? for update").param(id.value()).query(UUID.class).single();
        RemovalOrder order = orders.find(id).orElseThrow();
        if (!order.nonDisclosure() || order.nonDisclosureUntil() == null) {
            throw refused(Refusal.NO_NON_DISCLOSURE, "This order has no non-disclosure decision to extend.");
        }
        if (!order.nonDisclosureExtensions().isEmpty()) {
            throw refused(Refusal.SECOND_EXTENSION, "Non-disclosure was already extended once (Art. 11(3)).");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate current = order.nonDisclosureEndsOn();
        if (today.isAfter(current)) {
            throw new StateConflict(Refusal.NON_DISCLOSURE_ENDED.name(), "NON_DISCLOSURE_ENDED",
                    "Non-disclosure ended on " + current + "; an ended decision cannot be extended (Art. 11(3)).");
        }
        if (until == null) {
            throw eu.vigil.shared.InvalidInput.of("until", "is required (yyyy-mm-dd)");
        }
        if (!until.isAfter(current)) {
            throw refused(Refusal.DOES_NOT_EXTEND, "Non-disclosure already runs until " + current + "; an extension "
                    + "must end after that day.");
        }
        LocalDate decided = LocalDate.ofInstant(order.issuedAt(), ZoneOffset.UTC);
        new Violations()
                .check(until.isAfter(current.plusDays(AnnexOneRules.NON_DISCLOSURE_DAYS)), "until",
                        "one extension of at most six weeks, i.e. on or before " + current.plusDays(AnnexOneRules.NON_DISCLOSURE_DAYS))
                .check(until.isAfter(decided.plusDays(MAX_TOTAL_DAYS)), "until",
                        "at most twelve weeks from the decision, i.e. on or before " + decided.plusDays(MAX_TOTAL_DAYS))
                .throwIfPresent();
        NonDisclosureExtension unsealed = new NonDisclosureExtension(UUID.randomUUID(), id, 1, order.reference(),
                originalSealDigest(id), current, until, order.issuingAuthorityId(), now, null, null);
        String payload = unsealed.payload();
        byte[] signature = seal.sign(order.issuingAuthorityId(), payload, now);
        NonDisclosureExtension amendment = new NonDisclosureExtension(unsealed.id(), id, unsealed.number(),
                unsealed.orderReference(), unsealed.originalSealSha256(), current, until, order.issuingAuthorityId(),
                now, payload, signature);
        jdbc.sql("""
                insert into non_disclosure_extension (id, order_id, number, order_reference, original_seal_sha256,
                    previous_until, until, issuing_authority_id, issued_at, issued_by, signed_payload, signature)
                values (?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(amendment.id(), id.value(), amendment.number(), amendment.orderReference(),
                        amendment.originalSealSha256(), java.sql.Date.valueOf(current), java.sql.Date.valueOf(until),
                        amendment.authorityId(), Timestamp.from(now), actor.id(), payload, signature)
                .update();
        events.publishEvent(new NonDisclosureExtended(now, actor.auditor(), order, amendment));
        return amendment;
    }

    /** Lower-case hex SHA-256 of the order's stored signature: how an amendment names the seal it amends. */
    private String originalSealDigest(RemovalOrderId id) {
        return java.util.HexFormat.of().formatHex(Digests.sha256(orders.seal(id).signature()));
    }

    private static RuleViolation refused(Refusal refusal, String message) {
        return new RuleViolation(refusal.name(), message);
    }
}
