package eu.vigil.crisis;

/** The model's answer to a step on a crisis case: the next phase, or a typed refusal naming the current one. */
public sealed interface CrisisTransition {

    /** The step is allowed; the case moves to {@code to}. */
    record Allowed(CrisisPhase to) implements CrisisTransition {
    }

    /** The step is refused for {@code reason} while the case is in {@code phase}. */
    record Refused(CrisisRefusal reason, CrisisPhase phase) implements CrisisTransition {
    }

    /** Whether the step is allowed. */
    default boolean allowed() {
        return this instanceof Allowed;
    }
}
