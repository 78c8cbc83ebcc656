package eu.vigil.amplification.data;

/**
 * One validation problem of an input file.
 *
 * @param file file name, e.g. {@code accounts.csv}
 * @param row 1-based row: for CSV the line number (the header is row 1), for JSON the array position
 * @param column column or field name; empty when the problem concerns the whole row or file
 * @param message what is wrong and what is expected
 */
public record InputProblem(String file, int row, String column, String message) {

  /** Human-readable form: {@code accounts.csv row 3, column arm: unknown arm 'x' ...}. */
  @Override
  public String toString() {
    return file + (row > 0 ? " row " + row : "") + (column.isEmpty() ? "" : ", column " + column)
        + ": " + message;
  }
}
