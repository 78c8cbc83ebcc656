package eu.vigil.statements;

/**
 * Something in a free-text field that looks like personal data.
 *
 * @param field   the Transparency Database field, e.g. {@code decision_facts}
 * @param kind    what it looks like
 * @param excerpt the matched text, so the reviewer can find it
 */
public record PersonalDataFinding(String field, Kind kind, String excerpt) {

    /** The patterns the check knows. */
    public enum Kind {
        EMAIL, PHONE, PERSONAL_NAME, SOCIAL_HANDLE, IP_ADDRESS, URL
    }
}
