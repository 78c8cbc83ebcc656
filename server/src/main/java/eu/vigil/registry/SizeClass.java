package eu.vigil.registry;

/** Size of a provider (relevant for penalties, Art. 18(2), and for DSA designations). */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE,
    /** Designated very large online platform under the DSA. */
    VLOP
}
