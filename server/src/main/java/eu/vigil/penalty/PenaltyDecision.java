package eu.vigil.penalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision closing a penalty proceeding.
 *
 * @param sanction      what was imposed
 * @param amountEur     the fine in euro; null unless {@link Sanction#FINE}
 * @param description   the penalty in words; required for {@link Sanction#OTHER}, may be null otherwise
 * @param circumstances the Art. 18(2) circumstances the authority took into account (nature, gravity and duration,
 *                      intent or negligence, previous breaches, financial strength, cooperation, size, fault)
 * @param decidedOn     the date of the decision
 * @param recordedAt    when Vigil recorded it
 * @param decidedBy     who recorded it
 */
public record PenaltyDecision(Sanction sanction, BigDecimal amountEur, String description, String circumstances,
        LocalDate decidedOn, Instant recordedAt, String decidedBy) {
}
