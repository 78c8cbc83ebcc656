package eu.vigil.crisis;

import java.util.Arrays;
import java.util.List;

import eu.vigil.crisis.CrisisTransition.Allowed;
import eu.vigil.crisis.CrisisTransition.Refused;

/**
 * The rules of a crisis case's life (R39, R41) as pure functions: no database, no clock. The use cases ask here
 * before they write; pages and the API ask {@link #steps} which buttons to offer.
 */
public final class CrisisRules {

    private CrisisRules() {
    }

    /**
     * Whether {@code step} may be taken now.
     *
     * @param phase        the case's phase
     * @param wasActivated whether the case was ever active (a dismissed alert has nothing to review)
     * @param coordinator  whether the actor is Europol's crisis coordinator
     * @param reason       the reason given, may be blank
     */
    public static CrisisTransition step(CrisisPhase phase, boolean wasActivated, CrisisStep step, boolean coordinator,
            String reason) {
        if (step.coordinatorOnly() && !coordinator) {
            return new Refused(CrisisRefusal.NOT_THE_COORDINATOR, phase);
        }
        if (!step.from().contains(phase)) {
            return new Refused(phase.open() ? CrisisRefusal.NOT_FROM_THIS_PHASE : CrisisRefusal.CASE_CLOSED, phase);
        }
        if (step == CrisisStep.RECORD_REVIEW && !wasActivated) {
            return new Refused(CrisisRefusal.NEVER_ACTIVATED, phase);
        }
        if (reason == null || reason.isBlank()) {
            return new Refused(CrisisRefusal.REASON_REQUIRED, phase);
        }
        return new Allowed(step.to());
    }

    /** The steps the actor may take in this phase (the reason is asked for with the step). */
    public static List<CrisisStep> steps(CrisisPhase phase, boolean wasActivated, boolean coordinator) {
        return Arrays.stream(CrisisStep.values())
                .filter(s -> step(phase, wasActivated, s, coordinator, "reason").allowed()).toList();
    }

    /** Any participant may raise an alert or post a situation report while the case is open (R39, R40). */
    public static CrisisTransition participate(CrisisPhase phase) {
        return phase.open() ? new Allowed(phase) : new Refused(CrisisRefusal.CASE_CLOSED, phase);
    }
}
