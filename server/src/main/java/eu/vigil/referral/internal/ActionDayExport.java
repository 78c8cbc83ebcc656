package eu.vigil.referral.internal;

import java.util.List;

import eu.vigil.referral.ActionDay;
import eu.vigil.shared.CsvWriter;

/** An action day's row results as CSV: one line per uploaded row, in file order. */
final class ActionDayExport {

    private ActionDayExport() {
    }

    static String csv(List<ActionDay.Row> rows) {
        StringBuilder out = new StringBuilder(CsvWriter.line("row", "status", "provider", "url", "referral", "position",
                "message", "binding")).append("\r\n");
        for (ActionDay.Row r : rows) {
            out.append(CsvWriter.line(r.row(), r.status().name(), r.provider(), r.url(), r.reference(), r.position(),
                    r.message(), "false")).append("\r\n");
        }
        return out.toString();
    }
}
