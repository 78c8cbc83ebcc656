package eu.vigil.penalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import eu.vigil.shared.Limits;
import eu.vigil.shared.StateConflict;
import eu.vigil.shared.Violations;

/**
 * A penalty proceeding under Art. 18 against one provider for the breach of one Art. 18(1) obligation: opened by
 * the role-(d) authority of the provider's host Member State, then decided once ({@link ProceedingState}).
 *
 * @param id            the proceeding
 * @param authorityId   the authority conducting it
 * @param authorityName its name
 * @param memberState   its Member State, the provider's host Member State when opened
 * @param providerId    the provider
 * @param providerName  its name
 * @param legalBasis    the obligation breached
 * @param facts         the facts established
 * @param orderIds      removal orders concerned
 * @param exposureCaseIds Art. 5 exposure decisions concerned
 * @param state         where it stands
 * @param openedAt      when it was opened
 * @param openedBy      who opened it
 * @param decision      the decision; null while open
 */
public record PenaltyProceeding(ProceedingId id, UUID authorityId, String authorityName, String memberState,
        UUID providerId, String providerName, LegalBasis legalBasis, String facts, List<UUID> orderIds,
        List<UUID> exposureCaseIds, ProceedingState state, Instant openedAt, String openedBy, PenaltyDecision decision) {

    public PenaltyProceeding {
        orderIds = List.copyOf(orderIds);
        exposureCaseIds = List.copyOf(exposureCaseIds);
    }

    /** The largest fine Vigil records, a guard against typing errors (14 digits with cents in the table). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    /**
     * Checks the facts of a new proceeding.
     *
     * @throws eu.vigil.shared.InvalidInput naming each field at fault
     */
    public static void checkOpening(LegalBasis legalBasis, String facts) {
        new Violations()
                .check(legalBasis == null, "legalBasis", "name the Art. 18(1) obligation breached")
                .check(facts == null || facts.isBlank(), "facts", "describe the facts")
                .check(facts != null && facts.length() > Limits.TEXT, "facts", "at most " + Limits.TEXT + " characters")
                .throwIfPresent();
    }

    /**
     * The proceeding decided: the transition OPEN → DECIDED. The decision is checked against the rules of a fine
     * (an amount above zero, and only for a fine), of another penalty (described) and of its date (not before the
     * opening, not in the future).
     *
     * @throws StateConflict                 when already decided ({@code PROCEEDING_DECIDED})
     * @throws eu.vigil.shared.InvalidInput naming each field at fault
     */
    public PenaltyProceeding decide(PenaltyDecision d) {
        if (!state.mayDecide()) {
            throw new StateConflict("PROCEEDING_DECIDED", state.name(),
                    "Penalty proceeding " + id + " was decided on " + decision.decidedOn() + "; a decision is final here.");
        }
        LocalDate opened = openedAt.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate today = d.recordedAt().atZone(ZoneOffset.UTC).toLocalDate();
        boolean fine = d.sanction() == Sanction.FINE;
        new Violations()
                .check(d.sanction() == null, "sanction", "choose the penalty imposed, or none")
                .check(fine && (d.amountEur() == null || d.amountEur().signum() <= 0), "amountEur", "the fine in euro, above zero")
                .check(fine && d.amountEur() != null && (d.amountEur().compareTo(MAX_AMOUNT) > 0 || d.amountEur().scale() > 2),
                        "amountEur", "euro with at most two decimals, below one trillion")
                .check(!fine && d.amountEur() != null, "amountEur", "only a fine has an amount")
                .check(d.sanction() == Sanction.OTHER && (d.description() == null || d.description().isBlank()),
                        "description", "describe the penalty imposed")
                .check(d.circumstances() == null || d.circumstances().isBlank(), "circumstances",
                        "state the Art. 18(2) circumstances taken into account")
                .check(d.circumstances() != null && d.circumstances().length() > Limits.TEXT, "circumstances",
                        "at most " + Limits.TEXT + " characters")
                .check(d.description() != null && d.description().length() > Limits.SHORT_TEXT, "description",
                        "at most " + Limits.SHORT_TEXT + " characters")
                .check(d.decidedOn() == null, "decidedOn", "the date of the decision")
                .check(d.decidedOn() != null && d.decidedOn().isBefore(opened), "decidedOn", "not before the opening, " + opened)
                .check(d.decidedOn() != null && d.decidedOn().isAfter(today), "decidedOn", "not in the future")
                .throwIfPresent();
        return new PenaltyProceeding(id, authorityId, authorityName, memberState, providerId, providerName, legalBasis,
                facts, orderIds, exposureCaseIds, ProceedingState.DECIDED, openedAt, openedBy, d);
    }
}
