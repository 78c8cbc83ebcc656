package eu.vigil.crisis;

import java.util.EnumSet;
import java.util.Set;

import static eu.vigil.crisis.CrisisPhase.ACTIVE;
import static eu.vigil.crisis.CrisisPhase.ALERT;
import static eu.vigil.crisis.CrisisPhase.ASSESSMENT;
import static eu.vigil.crisis.CrisisPhase.CLOSED;
import static eu.vigil.crisis.CrisisPhase.DE_ESCALATION;
import static eu.vigil.crisis.CrisisPhase.POST_CRISIS_REVIEW;

/**
 * A move of a crisis case from one phase to the next (R39): from which phases, to which phase, and whether only
 * Europol's coordinator may take it. Every step needs a reason, which the audit record and the notification keep.
 */
public enum CrisisStep {
    /** The coordinator takes up the alert for assessment. */
    ASSESS(EnumSet.of(ALERT), ASSESSMENT),
    /** The coordinator activates the Protocol. */
    ACTIVATE(EnumSet.of(ALERT, ASSESSMENT), ACTIVE),
    /** The coordinator winds the response down. */
    DE_ESCALATE(EnumSet.of(ACTIVE), DE_ESCALATION),
    /** The crisis flares up again during de-escalation. */
    RE_ESCALATE(EnumSet.of(DE_ESCALATION), ACTIVE),
    /** The coordinator dismisses an alert that does not meet the criteria: closed, no review needed. */
    DISMISS(EnumSet.of(ALERT, ASSESSMENT), CLOSED),
    /** The coordinator closes an activated crisis; the post-crisis review is then due (R41). */
    CLOSE(EnumSet.of(ACTIVE, DE_ESCALATION), CLOSED),
    /** The coordinator records the post-crisis review of a closed, once activated crisis. */
    RECORD_REVIEW(EnumSet.of(CLOSED), POST_CRISIS_REVIEW);

    private final Set<CrisisPhase> from;
    private final CrisisPhase to;

    CrisisStep(Set<CrisisPhase> from, CrisisPhase to) {
        this.from = Set.copyOf(from);
        this.to = to;
    }

    /** The phases this step may start from. */
    public Set<CrisisPhase> from() {
        return from;
    }

    /** The phase the case is in after the step. */
    public CrisisPhase to() {
        return to;
    }

    /** Only Europol's coordinator decides the phases of a crisis (R39); participants alert and report. */
    public boolean coordinatorOnly() {
        return true;
    }
}
