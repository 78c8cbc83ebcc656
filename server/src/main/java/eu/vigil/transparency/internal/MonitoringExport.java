package eu.vigil.transparency.internal;

import java.util.List;
import java.util.Map;

import eu.vigil.shared.CsvWriter;
import eu.vigil.transparency.MonitoringDashboard;
import eu.vigil.transparency.MonitoringData;
import eu.vigil.transparency.MonitoringFigure;
import eu.vigil.transparency.MonitoringRecord;
import eu.vigil.transparency.OrderMetricsReport;

/** The monitoring figures, the records behind them, the dashboard's tables and the Art. 15 metrics as CSV. */
final class MonitoringExport {

    /** The tables of the dashboard, by the name in their CSV address. */
    static final List<String> TABLES = List.of("orders-per-month", "removal-speed", "compliance", "referrals-and-orders");

    private MonitoringExport() {
    }

    static String figures(MonitoringData data) {
        var out = new StringBuilder();
        Object[] head = new Object[data.memberStates().size() + 3];
        head[0] = "point";
        head[1] = "figure";
        for (int i = 0; i < data.memberStates().size(); i++) {
            head[i + 2] = data.memberStates().get(i);
        }
        head[head.length - 1] = "total";
        out.append(CsvWriter.line(head)).append("\r\n");
        for (MonitoringData.Row row : data.figures()) {
            Object[] cells = new Object[head.length];
            cells[0] = row.figure().point();
            cells[1] = row.figure().name();
            for (int i = 0; i < data.memberStates().size(); i++) {
                cells[i + 2] = row.of(data.memberStates().get(i));
            }
            cells[cells.length - 1] = row.total();
            out.append(CsvWriter.line(cells)).append("\r\n");
        }
        for (String measure : List.of("MEDIAN_MINUTES_TO_REMOVAL", "SHARE_WITHIN_60_MINUTES")) {
            Object[] cells = new Object[head.length];
            cells[0] = "a";
            cells[1] = measure;
            for (int i = 0; i < data.memberStates().size(); i++) {
                var s = data.speed().get(data.memberStates().get(i));
                cells[i + 2] = s == null ? null : measure.startsWith("MEDIAN") ? s.medianMinutes() : s.shareWithinHour();
            }
            out.append(CsvWriter.line(cells)).append("\r\n");
        }
        return out.toString();
    }

    static String records(List<MonitoringRecord> records) {
        var out = new StringBuilder(CsvWriter.line("kind", "id", "reference", "at", "detail", "minutes")).append("\r\n");
        for (MonitoringRecord r : records) {
            out.append(CsvWriter.line(r.kind(), r.id().toString(), r.reference(), r.at() == null ? null : r.at().toString(),
                    r.detail(), r.minutes())).append("\r\n");
        }
        return out.toString();
    }

    static String table(MonitoringDashboard d, String table) {
        var out = new StringBuilder();
        switch (table) {
            case "orders-per-month" -> {
                out.append(CsvWriter.line("member_state", "month", "orders")).append("\r\n");
                for (Map.Entry<String, List<Integer>> e : d.ordersPerMonth().entrySet()) {
                    for (int m = 0; m < 12; m++) {
                        out.append(CsvWriter.line(e.getKey(), "%d-%02d".formatted(d.year(), m + 1), e.getValue().get(m)))
                                .append("\r\n");
                    }
                }
            }
            case "removal-speed" -> {
                out.append(CsvWriter.line("from_minutes", "to_minutes", "items")).append("\r\n");
                var bins = d.removal().bins();
                for (int i = 0; i < bins.size(); i++) {
                    out.append(CsvWriter.line(i * MonitoringDashboard.BIN_MINUTES, (i + 1) * MonitoringDashboard.BIN_MINUTES,
                            bins.get(i))).append("\r\n");
                }
                out.append(CsvWriter.line(MonitoringDashboard.DRAWN_MINUTES, null, d.removal().later())).append("\r\n");
            }
            case "compliance" -> {
                out.append(CsvWriter.line("provider", "orders", "executed", "executed_in_time", "share_in_time", "overdue",
                        "annex_iii_by_ground")).append("\r\n");
                for (var c : d.compliance()) {
                    out.append(CsvWriter.line(c.provider(), c.orders(), c.executed(), c.inTime(), c.shareInTime(),
                            c.overdue(), grounds(c.impossibility()))).append("\r\n");
                }
            }
            case "referrals-and-orders" -> {
                out.append(CsvWriter.line("member_state", "referrals", "orders")).append("\r\n");
                for (var r : d.referralsAndOrders()) {
                    out.append(CsvWriter.line(r.memberState(), r.referrals(), r.orders())).append("\r\n");
                }
            }
            default -> throw new eu.vigil.shared.NotFound("no dashboard table " + table);
        }
        return out.toString();
    }

    static String grounds(Map<String, Integer> impossibility) {
        return String.join("; ", impossibility.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    static String metrics(OrderMetricsReport r) {
        var out = new StringBuilder(CsvWriter.line("content_type", "issuing_member_state", "orders", "acknowledged",
                "median_minutes_to_acknowledge", "given_effect", "median_minutes_to_effect")).append("\r\n");
        for (var row : r.rows()) {
            out.append(line(row)).append("\r\n");
        }
        out.append(line(r.total())).append("\r\n");
        return out.toString();
    }

    private static String line(OrderMetricsReport.Row row) {
        return CsvWriter.line(row.contentType() == null ? "ALL" : row.contentType(),
                row.issuingMemberState() == null ? "ALL" : row.issuingMemberState(), row.orders(), row.acknowledged(),
                row.medianMinutesToAcknowledge(), row.givenEffect(), row.medianMinutesToEffect());
    }

    /** Whether a figure name from an address is known. */
    static MonitoringFigure figure(String name) {
        return MonitoringFigure.named(name).orElseThrow(() -> eu.vigil.shared.InvalidInput.of("figure",
                "one of " + java.util.Arrays.toString(MonitoringFigure.values())));
    }
}
