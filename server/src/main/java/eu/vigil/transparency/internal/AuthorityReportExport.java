package eu.vigil.transparency.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.vigil.report.PdfDocument;
import eu.vigil.shared.CsvWriter;
import eu.vigil.transparency.AuthorityReport;

/**
 * An authority's Art. 8 report as lines of (point, figure, value), written to CSV and to a PDF for publication; the
 * JSON export is the report itself.
 */
final class AuthorityReportExport {

    private AuthorityReportExport() {
    }

    /** One figure of the report. */
    record Line(String point, String figure, String value) {
    }

    static List<Line> lines(AuthorityReport r) {
        List<Line> out = new ArrayList<>();
        var o = r.orders();
        add(out, "a", "Removal orders issued", o.issued());
        add(out, "a", "of which cross-border (Art. 4(1))", o.crossBorder());
        add(out, "a", "of which without 12-hour prior information (emergency)", o.withoutPriorInformation());
        add(out, "a", "Items named in them", o.items());
        add(out, "a", "Items removed", o.itemsRemoved());
        add(out, "a", "Items disabled", o.itemsDisabled());
        add(out, "a", "Orders executed", o.executed());
        add(out, "a", "of which within the deadline", o.executedInTime());
        add(out, "a", "Orders not executed", o.notExecuted());
        for (Map.Entry<String, Integer> e : o.impossibility().entrySet()) {
            add(out, "a", "Annex III notices: " + e.getKey(), e.getValue());
        }
        var t = r.timeliness();
        add(out, "a", "Items acted on (Annex II time of action)", t.itemsActedOn());
        add(out, "a", "of which within the deadline after receipt", t.withinDeadline());
        out.add(new Line("a", "Median minutes from receipt to the time of action",
                t.medianMinutes() == null ? "" : String.format(Locale.ROOT, "%.1f", t.medianMinutes())));
        var s = r.scrutiny();
        add(out, "a", "Own orders scrutinised (Art. 4)", s.ownOrdersScrutinised());
        add(out, "a", "of which found to infringe", s.ownOrdersInfringing());
        if (s.conducted() != null) {
            add(out, "a", "Scrutinies conducted as host Member State", s.conducted());
            add(out, "a", "of which finding an infringement", s.conductedInfringement());
            add(out, "a", "of which pending", s.conductedPending());
        }
        if (r.specificMeasures() != null) {
            var m = r.specificMeasures();
            add(out, "b", "Decisions under Art. 5(4)", m.exposureDecisions());
            add(out, "b", "of which finding exposure", m.exposed());
            add(out, "b", "Specific-measures reports received (Art. 5(5))", m.reportsReceived());
            add(out, "b", "Reports overdue", m.reportsOverdue());
            add(out, "b", "Review decisions (Art. 5(7))", m.reviewDecisions());
        }
        var v = r.review();
        add(out, "c", "Orders subject to review proceedings", v.lodged());
        add(out, "c", "Confirmed", v.confirmed());
        add(out, "c", "Annulled", v.annulled());
        add(out, "c", "Pending", v.pending());
        if (r.penalties() != null) {
            int total = r.penalties().values().stream().mapToInt(Integer::intValue).sum();
            add(out, "d", "Penalty decisions (Art. 18)", total);
            for (Map.Entry<String, Integer> e : r.penalties().entrySet()) {
                add(out, "d", "for " + eu.vigil.penalty.LegalBasis.valueOf(e.getKey()).label(), e.getValue());
            }
        } else {
            out.add(new Line("d", "Penalty decisions (Art. 18)", "not designated for penalties"));
        }
        return out;
    }

    private static void add(List<Line> out, String point, String figure, int value) {
        out.add(new Line(point, figure, Integer.toString(value)));
    }

    static String csv(AuthorityReport r) {
        var out = new StringBuilder(CsvWriter.line("authority", "member_state", "year", "point", "figure", "value"))
                .append("\r\n");
        for (Line l : lines(r)) {
            out.append(CsvWriter.line(r.authorityName(), r.memberState(), r.year(), l.point(), l.figure(), l.value()))
                    .append("\r\n");
        }
        return out.toString();
    }

    static byte[] pdf(AuthorityReport r) {
        var pdf = new PdfDocument("Transparency report (TCO Art. 8): " + r.authorityName() + ", " + r.year());
        pdf.paragraph(r.authorityName() + " · " + r.memberState() + " · calendar year " + r.year()
                + " · generated " + r.generatedAt());
        for (String point : List.of("a", "b", "c", "d")) {
            List<List<String>> rows = lines(r).stream().filter(l -> l.point().equals(point))
                    .map(l -> List.of(l.figure(), l.value())).toList();
            if (!rows.isEmpty()) {
                pdf.heading("Art. 8(1)(" + point + ")");
                pdf.table(List.of("Figure", "Value"), rows);
            }
        }
        pdf.heading("How the figures were counted");
        r.notes().forEach(pdf::note);
        pdf.note("Before publishing, check that nothing in the report prejudices ongoing prevention, investigation or "
                + "prosecution of terrorist offences or national security (Art. 8(2)).");
        return pdf.finish();
    }
}
