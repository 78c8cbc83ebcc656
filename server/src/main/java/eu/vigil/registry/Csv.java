package eu.vigil.registry;

import java.util.ArrayList;
import java.util.List;

import eu.vigil.shared.CsvReader;

/**
 * CSV for the registry: parsing a whole register file (over {@link CsvReader}). Exports write with
 * {@link eu.vigil.shared.CsvWriter}, which neutralises spreadsheet formulas.
 */
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
}
