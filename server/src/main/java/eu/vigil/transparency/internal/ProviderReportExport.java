package eu.vigil.transparency.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.vigil.shared.CsvWriter;
import eu.vigil.transparency.ProviderReport;
import eu.vigil.transparency.TransparencyReport;

/**
 * The Art. 7 report as CSV rows {@code point, figure, value}: one row per figure of points (c) to (g), the narrative
 * of points (a) and (b), and the report's state and public address, so a provider can lay it out on its own site.
 */
final class ProviderReportExport {

    private ProviderReportExport() {
    }

    /** The rows, as name and value, in the order of Art. 7(3). */
    static List<Map.Entry<String[], Object>> rows(TransparencyReport r) {
        ProviderReport f = r.figures();
        List<Map.Entry<String[], Object>> rows = new ArrayList<>();
        add(rows, "", "provider", f.providerName());
        add(rows, "", "year", r.year());
        add(rows, "", "state", r.state().name());
        add(rows, "", "publicUrl", r.publicUrl());
        add(rows, "", "publishedAt", r.publishedAt() == null ? null : r.publishedAt().toString());
        add(rows, "", "figuresComputedAt", f.computedAt().toString());
        add(rows, "a", "identificationMeasures", r.identificationMeasures());
        add(rows, "b", "reappearanceMeasures", r.reappearanceMeasures());
        add(rows, "c", "ordersWithItemsActedOn", f.removals().orders());
        add(rows, "c", "orderItemsRemoved", f.removals().itemsRemoved());
        add(rows, "c", "orderItemsDisabled", f.removals().itemsDisabled());
        add(rows, "c", "specificMeasureItemsRemoved", f.removals().specificMeasuresRemoved());
        add(rows, "c", "specificMeasureItemsDisabled", f.removals().specificMeasuresDisabled());
        add(rows, "c", "itemsRemovedOrDisabled", f.removals().total());
        add(rows, "c", "ordersNotExecuted", f.notExecuted().orders());
        new java.util.TreeMap<>(f.notExecuted().byReason())
                .forEach((reason, n) -> add(rows, "c", "ordersNotExecuted." + reason, n));
        add(rows, "c", "ordersStillNotExecuted", f.notExecuted().stillNotExecuted());
        add(rows, "d", "complaintsReceived", f.complaints().received());
        add(rows, "d", "complaintsReinstated", f.complaints().reinstated());
        add(rows, "d", "complaintsRejected", f.complaints().rejected());
        add(rows, "d", "complaintsPending", f.complaints().pending());
        add(rows, "e", "scrutinyRequested", f.reviews().scrutinyRequested());
        add(rows, "e", "scrutinyInfringement", f.reviews().scrutinyInfringement());
        add(rows, "e", "scrutinyNoInfringement", f.reviews().scrutinyNoInfringement());
        add(rows, "e", "scrutinyPending", f.reviews().scrutinyPending());
        add(rows, "e", "exposureReviewsRequested", f.reviews().exposureReviewsRequested());
        add(rows, "e", "exposureReviewsDecided", f.reviews().exposureReviewsDecided());
        add(rows, "e", "exposureReviewsPending", f.reviews().exposureReviewsPending());
        add(rows, "e", "exposureEndedOnRequest", f.reviews().exposureEndedOnRequest());
        add(rows, "f", "reinstatedAfterReview", f.reinstatements().afterReview());
        add(rows, "f", "reinstatedAfterOwnReview", f.reinstatements().afterOwnReview());
        add(rows, "g", "reinstatedAfterComplaint", f.reinstatements().afterComplaint());
        return rows;
    }

    /** The report as CSV text with a header line. */
    static String csv(TransparencyReport r) {
        StringBuilder b = new StringBuilder(CsvWriter.line("point", "figure", "value")).append("\r\n");
        for (var row : rows(r)) {
            b.append(CsvWriter.line(row.getKey()[0], row.getKey()[1], row.getValue())).append("\r\n");
        }
        return b.toString();
    }

    /**
     * The report as an A4 PDF: the narrative of points (a) and (b), then the figures of (c) to (g) with their names
     * as in the CSV, the notes, and the state with the public address.
     */
    static byte[] pdf(TransparencyReport r) {
        ProviderReport f = r.figures();
        var pdf = new eu.vigil.report.PdfDocument("Transparency report (TCO Art. 7) of " + f.providerName() + ", " + r.year());
        pdf.facts(List.of(List.of("State", r.state().name()),
                List.of("Public address", r.publicUrl() == null ? "not published" : r.publicUrl()),
                List.of("Figures computed", f.computedAt().toString())));
        pdf.heading("(a) Measures to identify and remove or disable terrorist content");
        pdf.paragraph(r.identificationMeasures() == null ? "(not written yet)" : r.identificationMeasures());
        pdf.heading("(b) Measures against the re-appearance of removed material, notably automated tools");
        pdf.paragraph(r.reappearanceMeasures() == null ? "(not written yet)" : r.reappearanceMeasures());
        pdf.heading("Figures (points (c) to (g))");
        pdf.table(List.of("Point", "Figure", "Number"), rows(r).stream()
                .filter(e -> !List.of("", "a", "b").contains(e.getKey()[0]))
                .map(e -> List.of("(" + e.getKey()[0] + ")", e.getKey()[1], String.valueOf(e.getValue()))).toList());
        pdf.heading("How the figures were counted");
        f.notes().forEach(pdf::note);
        return pdf.finish();
    }

    private static void add(List<Map.Entry<String[], Object>> rows, String point, String name, Object value) {
        rows.add(new java.util.AbstractMap.SimpleImmutableEntry<>(new String[] {point, name}, value));
    }
}
