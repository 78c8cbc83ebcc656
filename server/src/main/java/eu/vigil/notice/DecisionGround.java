package eu.vigil.notice;

/** On what ground the provider acted (DSA Art. 17(3)(d)–(e)); the Transparency Database's {@code decision_ground}. */
public enum DecisionGround {
    /** The content is illegal: the legal ground is named. */
    ILLEGAL_CONTENT,
    /** The content is incompatible with the provider's terms and conditions: the clause is named. */
    INCOMPATIBLE_CONTENT
}
