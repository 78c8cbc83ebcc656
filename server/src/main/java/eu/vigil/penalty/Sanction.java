package eu.vigil.penalty;

/** What a penalty decision imposed (Art. 18(1): penalties "effective, proportionate and dissuasive"). */
public enum Sanction {
    /** No penalty imposed. */
    NONE,
    /** A fine, with its amount in euro (up to 4 % of global turnover, Art. 18(3)). */
    FINE,
    /** Another penalty provided by national law, described in words. */
    OTHER;

    /** Whether a penalty was imposed (counted in Art. 8(1)(d)). */
    public boolean imposed() {
        return this != NONE;
    }
}
