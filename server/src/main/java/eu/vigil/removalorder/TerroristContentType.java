package eu.vigil.removalorder;

/** The kinds of terrorist content of TCO Art. 2(7), ticked in Annex I Section B. */
public enum TerroristContentType {
    /** (a) incites the commission of terrorist offences, e.g. by glorification. */
    INCITEMENT("a"),
    /** (b) solicits a person or group to commit or contribute to terrorist offences. */
    SOLICITATION("b"),
    /** (c) solicits participation in the activities of a terrorist group. */
    PARTICIPATION("c"),
    /** (d) provides instruction on explosives, firearms, other weapons or hazardous substances or methods. */
    INSTRUCTION("d"),
    /** (e) threatens to commit a terrorist offence. */
    THREAT("e");

    private final String letter;

    TerroristContentType(String letter) {
        this.letter = letter;
    }

    /** The point of Art. 2(7): a to e. */
    public String letter() {
        return letter;
    }
}
