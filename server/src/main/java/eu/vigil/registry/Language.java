package eu.vigil.registry;

/**
 * One of the 24 official languages of the EU (Regulation No 1/58).
 *
 * @param code       ISO 639-1 code
 * @param name       English name
 * @param nativeName name in the language itself
 */
public record Language(String code, String name, String nativeName) {
}
