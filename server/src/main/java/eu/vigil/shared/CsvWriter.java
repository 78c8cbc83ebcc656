package eu.vigil.shared;

/**
 * Writes RFC 4180 CSV cells and lines for every CSV export, neutralising spreadsheet formulas.
 * <p>
 * A text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return would be run as a
 * formula by Excel, LibreOffice or Google Sheets ({@code =HYPERLINK(...)}, DDE); such a cell gets a leading single
 * quote, as OWASP recommends, and is then quoted if needed. So does a text cell of single quotes followed by one of
 * those characters ({@code '=x} becomes {@code ''=x}), so that {@link #unneutralise(String)}, which removes one
 * quote from a cell of one or more quotes followed by a trigger, restores every value exactly (the bank import
 * uses it to read its own exports back).
 * <p>
 * Numbers ({@link Number} values), booleans and other non-text values are written as they are: their text form
 * is a plain literal and never a formula, so {@code -5} stays a number a spreadsheet can sum. Only values the
 * caller passes as {@code Number} count as numeric; digits inside text (hashes, ids) are text and are neutralised
 * only when they start with a trigger character, which hex hashes, UUIDs and ISO dates never do.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** One cell: empty for null, neutralised if it is text that a spreadsheet would run, quoted if needed. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (value instanceof CharSequence || value instanceof Enum<?>) {
            s = neutralise(s);
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** The cells joined to one line, without the line end. */
    public static String line(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(values[i]));
        }
        return b.toString();
    }

    /** Text with a leading single quote when a spreadsheet would otherwise treat it as a formula. */
    public static String neutralise(String s) {
        return quotesThenTrigger(s, 0) ? "'" + s : s;
    }

    /** Undoes {@link #neutralise(String)}: a value read from a CSV file written by this class. */
    public static String unneutralise(String s) {
        return s != null && s.startsWith("'") && quotesThenTrigger(s, 1) ? s.substring(1) : s;
    }

    /** Whether {@code s} from {@code from} on is any number of single quotes followed by a trigger character. */
    private static boolean quotesThenTrigger(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        return i < s.length() && triggers(s.charAt(i));
    }

    private static boolean triggers(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
