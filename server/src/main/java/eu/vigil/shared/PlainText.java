package eu.vigil.shared;

/**
 * Character rules for text people send in: one rule for every input, a stricter one for names.
 * <p>
 * Every input refuses the C0 control characters other than tab, line feed and carriage return (U+0000-U+0008,
 * U+000B, U+000C, U+000E-U+001F): PostgreSQL cannot store NUL in text, and the others only ever serve to garble
 * logs, terminals and documents. Names (of organisations, providers, legal representatives, contacts, users, banks,
 * labels, tokens, order references ...) also refuse every other control character (tab, line breaks, DEL, C1
 * U+0080-U+009F) and the Unicode bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069), which can make a name display as something else than it is ("Trojan Source").
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether a character is refused in every input. */
    public static boolean forbiddenInInput(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** Whether a character is refused in names: any control character or a bidirectional formatting character. */
    public static boolean forbiddenInName(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The first character of {@code s} refused in every input, or -1 (also for null). */
    public static int firstForbiddenInInput(String s) {
        return s == null ? -1 : s.codePoints().filter(PlainText::forbiddenInInput).findFirst().orElse(-1);
    }

    /** The first character of {@code s} refused in names, or -1 (also for null). */
    public static int firstForbiddenInName(String s) {
        return s == null ? -1 : s.codePoints().filter(PlainText::forbiddenInName).findFirst().orElse(-1);
    }

    /** The message for a field holding a character refused in every input. */
    public static String inputMessage(int c) {
        return "must not contain control characters (found " + codePoint(c) + ")";
    }

    /** Records a problem for {@code field} when {@code value} holds a character refused in names. */
    public static Violations checkName(Violations v, String field, String value) {
        int c = firstForbiddenInName(value);
        return v.check(c >= 0, field, "must not contain control characters or bidirectional formatting characters"
                + " (found " + codePoint(c) + ")");
    }

    /** Throws {@link InvalidInput} naming {@code field} when {@code value} holds a character refused in names. */
    public static void requireName(String field, String value) {
        checkName(new Violations(), field, value).throwIfPresent();
    }

    /** {@code U+202E} for a code point. */
    public static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
