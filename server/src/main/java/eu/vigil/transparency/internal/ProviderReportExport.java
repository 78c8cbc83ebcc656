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

    private static void add(List<Map.Entry<String[], Object>> rows, String point, String name, Object value) {
        rows.add(new java.util.AbstractMap.SimpleImmutableEntry<>(new String[] {point, name}, value));
    }
}
