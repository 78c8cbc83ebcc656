package eu.vigil.penalty;

/**
 * The obligation of a hosting service provider whose breach Art. 18(1) requires Member States to penalise; a
 * proceeding concerns one of them. Art. 5(4) and 5(7) are decisions of the authority, not provider obligations,
 * and are therefore absent.
 */
public enum LegalBasis {
    /** Art. 18(1)(a): remove or disable within one hour of receipt (Art. 3(3)). */
    ART_3_3("Art. 3(3)", "one-hour removal"),
    /** Art. 18(1)(a): inform the issuing authority of the removal without undue delay (Art. 3(6), Annex II). */
    ART_3_6("Art. 3(6)", "feedback on removal"),
    /** Art. 18(1)(b): on a cross-border order, inform the content provider and be able to reinstate (Art. 4(2)). */
    ART_4_2("Art. 4(2)", "cross-border order: information and readiness to reinstate"),
    /** Art. 18(1)(b): reinstate content after a finding of infringement (Art. 4(7)). */
    ART_4_7("Art. 4(7)", "reinstatement after scrutiny"),
    /** Art. 18(1)(c): terms and conditions provision against misuse (Art. 5(1)). */
    ART_5_1("Art. 5(1)", "terms and conditions"),
    /** Art. 18(1)(c): specific measures when exposed (Art. 5(2)). */
    ART_5_2("Art. 5(2)", "specific measures"),
    /** Art. 18(1)(c): requirements of the specific measures (Art. 5(3)). */
    ART_5_3("Art. 5(3)", "requirements of specific measures"),
    /** Art. 18(1)(c): report on specific measures (Art. 5(5)). */
    ART_5_5("Art. 5(5)", "specific-measures report"),
    /** Art. 18(1)(c): additional measures required by the authority (Art. 5(6)). */
    ART_5_6("Art. 5(6)", "additional measures"),
    /** Art. 18(1)(d): preservation of removed content and related data (Art. 6). */
    ART_6("Art. 6", "preservation"),
    /** Art. 18(1)(e): transparency of providers (Art. 7). */
    ART_7("Art. 7", "transparency report"),
    /** Art. 18(1)(f): complaint mechanism (Art. 10). */
    ART_10("Art. 10", "complaint mechanism"),
    /** Art. 18(1)(g): information to content providers (Art. 11). */
    ART_11("Art. 11", "information to content providers"),
    /** Art. 18(1)(h): information on imminent threat to life (Art. 14(5)). */
    ART_14_5("Art. 14(5)", "imminent threat to life"),
    /** Art. 18(1)(i): point of contact (Art. 15(1)). */
    ART_15_1("Art. 15(1)", "point of contact"),
    /** Art. 18(1)(i): information on the point of contact (Art. 15(2)). */
    ART_15_2("Art. 15(2)", "information on the point of contact"),
    /** Art. 18(1)(j): legal representative (Art. 17). */
    ART_17("Art. 17", "legal representative");

    private final String article;
    private final String obligation;

    LegalBasis(String article, String obligation) {
        this.article = article;
        this.obligation = obligation;
    }

    /** The article, e.g. {@code Art. 3(3)}. */
    public String article() {
        return article;
    }

    /** The obligation in a few words. */
    public String obligation() {
        return obligation;
    }

    /** Article and obligation, e.g. {@code Art. 3(3) one-hour removal}. */
    public String label() {
        return article + " " + obligation;
    }
}
