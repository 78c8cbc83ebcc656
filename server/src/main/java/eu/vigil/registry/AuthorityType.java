package eu.vigil.registry;

/**
 * The type of a competent authority, as Section E of Annex I to Regulation (EU) 2021/784 asks it (the option labels
 * are not yet checked against EUR-Lex, legal requirements §1.5).
 */
public enum AuthorityType {
    /** Judge, prosecutor or court. */
    JUDICIAL,
    /** Law enforcement authority. */
    LAW_ENFORCEMENT,
    /** Other competent authority. */
    OTHER
}
