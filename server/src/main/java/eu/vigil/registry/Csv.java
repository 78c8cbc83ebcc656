package eu.vigil.registry;

import java.util.ArrayList;
import java.util.List;

import eu.vigil.shared.CsvReader;

/** CSV for the registry: parsing a whole register file (over {@link CsvReader}) and writing export lines. */
public final class Csv {

    private Csv() {
    }

    /** Parses the whole text into rows of fields. Blank lines are dropped. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        CsvReader reader = new CsvReader(new java.io.StringReader(text));
        try {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                if (!reader.blank()) {
                    rows.add(row);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage() + " at the end of the file");
        }
        return rows;
    }

    /** Quotes a field when needed. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Joins fields to one CSV line (without line end). */
    public static String line(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(values[i]));
        }
        return b.toString();
    }
}
