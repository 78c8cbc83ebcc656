package eu.vigil.deconfliction;

/** Why two items are the same item (R37). */
public enum MatchedBy {
    /** Their URLs have the same comparison key ({@link eu.vigil.shared.ContentUrl#key}). */
    URL,
    /** Their hashes have the same type and value, or are PDQs within the configured distance. */
    HASH
}
