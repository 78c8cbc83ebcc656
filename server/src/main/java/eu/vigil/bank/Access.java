package eu.vigil.bank;

/** What a share lets another organisation do with a bank. */
public enum Access {
    /** Browse, export, replicate and match. */
    READ,
    /** Also add, import, disable and enable entries. */
    WRITE
}
