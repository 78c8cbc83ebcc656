package eu.vigil.bank;

/** Who besides the owner may read a bank. */
public enum Sharing {
    /** Only the owner organisation. */
    PRIVATE,
    /** The owner and the organisations named in its shares (each with read or write access). */
    SHARED,
    /** Every organisation may read; writing stays with the owner and write shares. */
    PUBLISHED
}
