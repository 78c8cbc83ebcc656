package eu.vigil.bank;

import java.util.List;

/**
 * Outcome of a bulk import: good rows are kept even when other rows are refused.
 *
 * @param rows       data rows read
 * @param added      entries added
 * @param duplicates rows whose signal the bank already held (or that repeated an earlier row)
 * @param refused    rows refused for a problem
 * @param problems   the first {@value #MAX_PROBLEMS} problems, each naming its row and column
 */
public record ImportReport(long rows, long added, long duplicates, long refused, List<Problem> problems) {

    /** Most problems reported one by one. */
    public static final int MAX_PROBLEMS = 1_000;

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** One problem: data rows count from 1 (the CSV header is not counted), column by its name. */
    public record Problem(long row, String column, String message) {
    }

    public boolean clean() {
        return refused == 0;
    }
}
