package eu.vigil.registry;

/** How sure the register is of a record: a data-quality flag shown wherever the record appears. */
public enum Confidence {
    /** Confirmed by the Commission register or an official act. */
    CONFIRMED,
    /** Some facts confirmed, others not (see the note). */
    PARTIAL,
    /** Not confirmed by an official source. */
    UNVERIFIED
}
