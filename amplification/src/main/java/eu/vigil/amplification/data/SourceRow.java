package eu.vigil.amplification.data;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One raw row of an input table, before typing.
 *
 * @param file file name used in problems
 * @param row 1-based row number (see {@link InputProblem#row()})
 * @param columns column name to index into {@code values}, shared by all rows of a CSV file
 * @param values cell texts; null where a JSON field is absent or null
 */
public record SourceRow(String file, int row, Map<String, Integer> columns, @Nullable String[] values) {

  /** The stripped text of a column; null if the column is absent or the cell empty. */
  public @Nullable String get(String column) {
    Integer i = columns.get(column);
    if (i == null || i >= values.length) {
      return null;
    }
    String v = values[i];
    if (v == null) {
      return null;
    }
    String s = v.strip();
    return s.isEmpty() ? null : s;
  }
}
