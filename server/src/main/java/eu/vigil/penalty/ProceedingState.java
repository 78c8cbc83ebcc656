package eu.vigil.penalty;

/** Where a penalty proceeding stands: it opens, and is decided once; a decided proceeding is closed. */
public enum ProceedingState {
    /** Opened, not decided yet. */
    OPEN,
    /** Decided; refuses every further change. */
    DECIDED;

    /** Whether a decision may be recorded in this state. */
    public boolean mayDecide() {
        return this == OPEN;
    }
}
