package eu.vigil.removalorder;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.Violations;

/**
 * The one extension of non-disclosure that Art. 11(3) allows (R9): at most six more weeks, never beyond twelve
 * weeks from the decision; a second extension is refused.
 */
@Service
public class NonDisclosure {

    /** Art. 11(3): total at most twelve weeks from the decision. */
    static final int MAX_TOTAL_DAYS = 84;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final RemovalOrders orders;

    private final OrderLedger ledger;

    NonDisclosure(JdbcClient jdbc, AuditLog audit, RemovalOrders orders, OrderLedger ledger) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.orders = orders;
    }

    /** The issuer extends non-disclosure until {@code until}. */
    @Transactional
    public LocalDate extend(Actor actor, RemovalOrderId id, LocalDate until) {
        RemovalOrder order = orders.get(actor, id);
        if (!RemovalOrders.isIssuer(actor, order)) {
            throw new Forbidden("only the issuing authority extends non-disclosure");
        }
        if (!order.nonDisclosure()) {
            throw new RuleViolation("NO_NON_DISCLOSURE", "This order has no non-disclosure decision to extend.");
        }
        boolean extended = jdbc.sql("select non_disclosure_extended from removal_order where id = ?").param(id.value())
                .query(Boolean.class).single();
        if (extended) {
            throw new RuleViolation("SECOND_EXTENSION", "Non-disclosure was already extended once (Art. 11(3)).");
        }
        LocalDate decided = LocalDate.ofInstant(order.issuedAt(), ZoneOffset.UTC);
        LocalDate current = order.nonDisclosureUntil();
        new Violations()
                .check(until == null || !until.isAfter(current), "until", "must be after " + current)
                .check(until != null && until.isAfter(current.plusDays(AnnexOneRules.NON_DISCLOSURE_DAYS)), "until",
                        "one extension of at most six weeks, i.e. on or before " + current.plusDays(AnnexOneRules.NON_DISCLOSURE_DAYS))
                .check(until != null && until.isAfter(decided.plusDays(MAX_TOTAL_DAYS)), "until",
                        "at most twelve weeks from the decision, i.e. on or before " + decided.plusDays(MAX_TOTAL_DAYS))
                .throwIfPresent();
        ledger.nonDisclosureExtended(id, until);
        audit.append(actor.auditor(), new AuditEvent("removal_order.non_disclosure_extended", "removal_order",
                id.toString(), null, null, Map.of("reference", order.reference(), "until", until.toString())));
        return until;
    }
}
