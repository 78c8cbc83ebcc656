package eu.vigil.exercise.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import eu.vigil.exercise.AfterAction;
import eu.vigil.exercise.ExpectedAction;
import eu.vigil.exercise.Scenario;
import eu.vigil.report.Charts;
import eu.vigil.exercise.Observations;
import eu.vigil.exercise.Outcomes;
import eu.vigil.exercise.ScenarioTime;

/**
 * The after-action report as documents: a standalone HTML file (charts embedded) and a PDF, both marked EXERCISE in
 * their heading and, in the PDF, on every page; and the charts as PNG for the page.
 */
@Component
class AfterActionDocuments {

    /** The charts of the report, drawn with the shared {@link Charts} (ADR 0033). */
    enum Chart {
        /** Per provider: activation → acknowledgement, in scenario minutes; the line is the MSEL's time allowed. */
        ACKNOWLEDGE("acknowledge", "exercise.report.chart.acknowledge"),
        /** Per provider: activation → first hash or URL shared. */
        FIRST_HASH("first-hash", "exercise.report.chart.firstHash"),
        /** Per provider: activation → first removal; the line is the one hour of Art. 3(3). */
        REMOVAL("removal", "exercise.report.chart.removal"),
        /** Per participant: expectations missed or late. */
        MISSED("missed", "exercise.report.chart.missed");

        private final String path;
        private final String title;

        Chart(String path, String title) {
            this.path = path;
            this.title = title;
        }

        String path() {
            return path;
        }

        String title() {
            return title;
        }
    }

    private static final Color MARK = new Color(0xB0, 0x00, 0x20);
    private static final List<Chart> TIMES = List.of(Chart.ACKNOWLEDGE, Chart.FIRST_HASH, Chart.REMOVAL);

    private final MessageSource messages;

    AfterActionDocuments(MessageSource messages) {
        this.messages = messages;
    }

    /** The charts that have something to show (a chart of nothing is not drawn: the page says so instead). */
    List<Chart> drawable(AfterAction.Report report) {
        return java.util.Arrays.stream(Chart.values()).filter(c -> !bars(c, report).bars().isEmpty()).toList();
    }

    /** The chart as PNG; empty when there is nothing to chart. */
    Optional<byte[]> chart(Chart chart, AfterAction.Report report, Locale locale) {
        Drawn drawn = bars(chart, report);
        return drawn.bars().isEmpty() ? Optional.empty() : Optional.of(Charts.bars(drawn.bars(),
                t(locale, chart == Chart.MISSED ? "exercise.report.count" : "exercise.report.minutes"), drawn.limit(),
                locale));
    }

    private record Drawn(List<Charts.Bar> bars, OptionalDouble limit) {
    }

    private Drawn bars(Chart chart, AfterAction.Report report) {
        List<Charts.Bar> bars = new ArrayList<>();
        OptionalDouble limit = OptionalDouble.empty();
        for (AfterAction.Line l : report.lines()) {
            String who = l.participant().name();
            if (chart == Chart.MISSED) {
                int missed = l.count(Outcomes.Status.MISSED) + l.count(Outcomes.Status.LATE);
                if (l.counts().values().stream().mapToInt(Integer::intValue).sum() > 0) {
                    bars.add(new Charts.Bar(who, missed, missed > 0));
                }
                continue;
            }
            if (l.participant().kind() != Scenario.Kind.PROVIDER) {
                continue;
            }
            Optional<Duration> d = switch (chart) {
                case ACKNOWLEDGE -> l.toAcknowledge();
                case FIRST_HASH -> l.toFirstHash();
                default -> l.toRemoval();
            };
            OptionalDouble allowed = chart == Chart.REMOVAL ? OptionalDouble.of(60) : chart == Chart.ACKNOWLEDGE
                    ? acknowledgeWithin(report) : OptionalDouble.empty();
            limit = allowed;
            d.ifPresent(x -> bars.add(new Charts.Bar(who, x.toSeconds() / 60.0,
                    allowed.isPresent() && x.toSeconds() / 60.0 > allowed.getAsDouble())));
        }
        return new Drawn(bars, limit);
    }

    /** The time the MSEL allows for acknowledging, in minutes, if it says. */
    private static OptionalDouble acknowledgeWithin(AfterAction.Report report) {
        return report.msel().stream().flatMap(m -> m.inject().expect().stream())
                .filter(e -> e.action() == ExpectedAction.ACKNOWLEDGE && e.within() != null)
                .mapToDouble(e -> e.within().toSeconds() / 60.0).findFirst();
    }

    String html(AfterAction.Report report, Locale locale) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>EXERCISE — ").append(e(report.run().title()))
                .append("</title><style>body{font-family:sans-serif;max-width:1000px;margin:auto;padding:16px}"
                        + ".mark{background:#b00020;color:#fff;padding:6px 12px;font-weight:bold}"
                        + "table{border-collapse:collapse;width:100%;margin:8px 0 16px}th,td{border:1px solid #ccd;"
                        + "padding:4px 6px;text-align:left}.MET{background:#dff3e4}.LATE{background:#fff1c7}"
                        + ".MISSED{background:#fbdcdc}img{max-width:100%}</style></head><body>\n");
        h.append("<p class=\"mark\">").append(e(t(locale, "exercise.mark"))).append("</p>\n");
        h.append("<h1>").append(e(t(locale, "exercise.report.title"))).append(": ").append(e(report.run().title()))
                .append("</h1>\n<p>").append(e(summary(report, locale))).append("</p>\n");
        for (Table table : tables(report, locale)) {
            h.append("<h2>").append(e(table.title())).append("</h2>\n<table><thead><tr>");
            table.head().forEach(c -> h.append("<th>").append(e(c)).append("</th>"));
            h.append("</tr></thead><tbody>\n");
            for (List<String> row : table.rows()) {
                h.append("<tr>");
                row.forEach(c -> h.append("<td class=\"").append(e(c)).append("\">").append(e(c)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
            for (Chart c : table.charts()) {
                h.append("<h3>").append(e(t(locale, c.title()))).append("</h3>\n");
                chart(c, report, locale).ifPresentOrElse(png -> h.append("<img alt=\"").append(e(t(locale, c.title())))
                        .append("\" src=\"").append(Charts.dataUri(png)).append("\">\n"),
                        () -> h.append("<p>").append(e(t(locale, "exercise.report.chart.none"))).append("</p>\n"));
            }
        }
        return h.append("<p class=\"mark\">").append(e(t(locale, "exercise.mark"))).append("</p>\n</body></html>\n")
                .toString();
    }

    byte[] pdf(AfterAction.Report report, Locale locale) {
        BaseFont[] base = fonts();
        Font body = new Font(base[0], 8.5f);
        Font bold = new Font(base[1], 8.5f);
        Font heading = new Font(base[1], 12);
        Font mark = new Font(base[1], 11, Font.BOLD, MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new Watermark(base[1], t(locale, "exercise.mark")));
            document.addTitle("EXERCISE — " + t(locale, "exercise.report.title"));
            document.open();
            Paragraph top = new Paragraph(t(locale, "exercise.mark"), mark);
            top.setAlignment(Element.ALIGN_CENTER);
            document.add(top);
            Paragraph title = new Paragraph(t(locale, "exercise.report.title") + ": " + report.run().title(),
                    new Font(base[1], 15));
            title.setSpacingBefore(6);
            document.add(title);
            document.add(new Paragraph(summary(report, locale), body));
            for (Table table : tables(report, locale)) {
                Paragraph h = new Paragraph(table.title(), heading);
                h.setSpacingBefore(10);
                h.setSpacingAfter(4);
                document.add(h);
                float[] widths = new float[table.head().size()];
                java.util.Arrays.fill(widths, 1f);
                widths[0] = table.head().size() > 6 ? 2.2f : 1.2f;
                PdfPTable t = new PdfPTable(widths);
                t.setWidthPercentage(100);
                t.setHeaderRows(1);
                table.head().forEach(c -> t.addCell(cell(c, bold, new Color(0xDD, 0xE3, 0xEC))));
                for (List<String> row : table.rows()) {
                    row.forEach(c -> t.addCell(cell(c, body, colour(c))));
                }
                document.add(t);
                for (Chart c : table.charts()) {
                    document.add(new Paragraph(t(locale, c.title()), bold));
                    Optional<byte[]> png = chart(c, report, locale);
                    if (png.isEmpty()) {
                        document.add(new Paragraph(t(locale, "exercise.report.chart.none"), body));
                        continue;
                    }
                    Image image = Image.getInstance(png.get());
                    image.scaleToFit(document.getPageSize().getWidth() - 80, 240);
                    document.add(image);
                }
            }
            document.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot render the after-action report", e);
        }
        return out.toByteArray();
    }

    private record Table(String title, List<String> head, List<List<String>> rows, List<Chart> charts) {
    }

    private List<Table> tables(AfterAction.Report r, Locale l) {
        List<List<String>> participants = new ArrayList<>();
        for (AfterAction.Line line : r.lines()) {
            participants.add(List.of(line.participant().name(), t(l, "exercise.kind." + line.participant().kind()),
                    time(line.toAcknowledge()), time(line.toFirstHash()), time(line.toRemoval()),
                    Integer.toString(line.count(Outcomes.Status.MET)), Integer.toString(line.count(Outcomes.Status.LATE)),
                    Integer.toString(line.count(Outcomes.Status.MISSED))));
        }
        List<List<String>> outcomes = new ArrayList<>();
        for (Outcomes.Outcome o : r.outcomes()) {
            outcomes.add(List.of(o.injectId(), t(l, "exercise.action." + o.action()), r.name(o.participant()),
                    ScenarioTime.format(o.deadline()), ScenarioTime.format(o.done()), o.status().name()));
        }
        List<List<String>> missed = outcomes.stream().filter(o -> o.get(5).equals("MISSED") || o.get(5).equals("LATE"))
                .toList();
        List<List<String>> observations = new ArrayList<>();
        for (Observations.Observation o : r.observations()) {
            var expect = r.msel().stream().filter(m -> m.inject().id().equals(o.injectId())).findFirst()
                    .map(m -> m.inject().expect().get(o.expectation()).action().name()).orElse("");
            observations.add(List.of(ScenarioTime.format(o.scenarioTime()), o.injectId(),
                    t(l, "exercise.action." + expect), o.participant() == null ? "—" : r.name(o.participant()),
                    t(l, "exercise.rating." + o.rating()), o.note(), o.evaluator()));
        }
        List<List<String>> msel = new ArrayList<>();
        r.msel().forEach(m -> msel.add(List.of(m.inject().id(), ScenarioTime.format(m.inject().at()),
                ScenarioTime.format(m.deliveredAt()), t(l, "exercise.injectStatus." + m.status()), m.inject().title())));
        String status = t(l, "exercise.report.status");
        return List.of(
                new Table(t(l, "exercise.report.participants"), List.of(t(l, "exercise.report.participant"),
                        t(l, "exercise.report.kind"), t(l, "exercise.report.toAcknowledge"),
                        t(l, "exercise.report.toFirstHash"), t(l, "exercise.report.toRemoval"),
                        t(l, "exercise.status.MET"), t(l, "exercise.status.LATE"), t(l, "exercise.status.MISSED")),
                        participants, TIMES),
                new Table(t(l, "exercise.report.missed"), head(l, status), missed, List.of(Chart.MISSED)),
                new Table(t(l, "exercise.report.expectations"), head(l, status), outcomes, List.of()),
                new Table(t(l, "exercise.report.observations"), List.of(t(l, "exercise.report.at"),
                        t(l, "exercise.report.inject"), t(l, "exercise.report.action"),
                        t(l, "exercise.report.participant"), t(l, "exercise.report.rating"),
                        t(l, "exercise.report.note"), t(l, "exercise.report.evaluator")), observations, List.of()),
                new Table(t(l, "exercise.report.msel"), List.of(t(l, "exercise.report.inject"),
                        t(l, "exercise.report.at"), t(l, "exercise.report.delivered"), status,
                        t(l, "exercise.report.injectTitle")), msel, List.of()));
    }

    private List<String> head(Locale l, String status) {
        return List.of(t(l, "exercise.report.inject"), t(l, "exercise.report.action"),
                t(l, "exercise.report.participant"), t(l, "exercise.report.deadline"), t(l, "exercise.report.done"),
                status);
    }

    private String summary(AfterAction.Report r, Locale l) {
        return t(l, r.ended() ? "exercise.report.summary.ended" : "exercise.report.summary.running", r.run().name(),
                r.run().time().start().toString(), ScenarioTime.format(r.scenarioNow()),
                r.run().rate().stripTrailingZeros().toPlainString());
    }

    private static PdfPCell cell(String text, Font font, Color fill) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(3);
        c.setBorderColor(new Color(0x99, 0x9F, 0xAA));
        if (fill != null) {
            c.setBackgroundColor(fill);
        }
        return c;
    }

    private static Color colour(String value) {
        return switch (value) {
            case "MET" -> new Color(0xDF, 0xF3, 0xE4);
            case "LATE" -> new Color(0xFF, 0xF1, 0xC7);
            case "MISSED" -> new Color(0xFB, 0xDC, 0xDC);
            default -> null;
        };
    }

    /** Diagonal EXERCISE across every page and the marking line at its foot. */
    private static final class Watermark extends PdfPageEventHelper {
        private final BaseFont font;
        private final String line;

        Watermark(BaseFont font, String line) {
            this.font = font;
            this.line = line;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var page = document.getPageSize();
            var under = writer.getDirectContentUnder();
            under.saveState();
            under.beginText();
            under.setFontAndSize(font, 80);
            under.setColorFill(new Color(0xF6, 0xD5, 0xDA));
            under.showTextAligned(Element.ALIGN_CENTER, "EXERCISE", page.getWidth() / 2, page.getHeight() / 2, 45);
            under.endText();
            under.restoreState();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(line + " · " + writer.getPageNumber(), new Font(font, 7.5f, Font.NORMAL, MARK)),
                    page.getWidth() / 2, 28, 0);
        }
    }

    private static BaseFont[] fonts() {
        String regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        String boldFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
        try {
            if (new File(regular).canRead() && new File(boldFile).canRead()) {
                return new BaseFont[] {BaseFont.createFont(regular, BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                        BaseFont.createFont(boldFile, BaseFont.IDENTITY_H, BaseFont.EMBEDDED)};
            }
            return new BaseFont[] {BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED)};
        } catch (Exception e) {
            throw new IllegalStateException("no font for the after-action report", e);
        }
    }

    private static String time(Optional<Duration> d) {
        return d.map(ScenarioTime::format).orElse("—");
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String e(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
