package eu.vigil.installation;

/** Why the server refuses to start with the clock it was asked for. */
public enum ClockRefusal {
    /** {@code vigil.clock.rate} is not a decimal number. */
    RATE_NOT_A_NUMBER,
    /** {@code vigil.clock.rate} is 0 or less, or more than 3600. */
    RATE_OUT_OF_RANGE,
    /** {@code vigil.installation.purpose} names no {@link InstallationPurpose}. */
    PURPOSE_UNKNOWN,
    /** An accelerated clock was asked for on a database that is not a demo or exercise database. */
    NOT_A_DEMO_OR_EXERCISE_DATABASE
}
