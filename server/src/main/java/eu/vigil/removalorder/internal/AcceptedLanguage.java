package eu.vigil.removalorder.internal;

/**
 * A language the addressee accepts orders in (Art. 15(2)), offered as a choice on the issuing wizard.
 *
 * @param code ISO 639-1 code
 * @param name readable name in the reader's language
 */
public record AcceptedLanguage(String code, String name) {
}
