package eu.vigil.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TimeZone;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Charts rendered to PNG with JFreeChart (ADR 0033), for pages (as a {@link #dataUri data: URI}) and PDFs alike.
 * Every image has the same fixed size ({@value #WIDTH} × {@value #HEIGHT} pixels), fonts large enough to read when
 * scaled to a phone's width, colours from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies) and no title inside the image: the page gives the title, and a table with the same figures next to
 * it for readers who cannot see the image. Pure functions; safe to call from any thread.
 */
public final class Charts {

    /** Width of every chart, in pixels. */
    public static final int WIDTH = 800;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 400;

    /** Okabe–Ito blue: ordinary bars and lines. */
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    /** Okabe–Ito vermillion: highlighted bars and spans (over a limit, a gap too long). */
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    /** Okabe–Ito orange: the limit line. */
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);

    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color GRID = new Color(0xC8, 0xC8, 0xC8);
    static final String FAMILY = family();

    /**
     * One bar.
     *
     * @param label       what it stands for (a provider, a participant)
     * @param value       its length, in the unit the value axis names
     * @param highlighted drawn in {@link #VERMILLION} instead of {@link #BLUE}, e.g. over the limit
     */
    public record Bar(String label, double value, boolean highlighted) {
        public Bar {
            if (label == null || label.isBlank() || !Double.isFinite(value) || value < 0) {
                throw new IllegalArgumentException("a bar needs a label and a finite value >= 0");
            }
        }
    }

    /** A value reached at an instant; the step line keeps it until the next point. */
    public record Point(Instant at, double value) {
        public Point {
            if (at == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("a point needs an instant and a finite value");
            }
        }
    }

    /** A stretch of time shaded in {@link #VERMILLION}, e.g. a gap longer than allowed. */
    public record Span(Instant from, Instant to) {
        public Span {
            if (from == null || to == null || to.isBefore(from)) {
                throw new IllegalArgumentException("a span ends after it starts");
            }
        }
    }

    private Charts() {
    }

    /**
     * A horizontal bar chart, bars in the order given.
     *
     * @param valueAxis label of the value axis with its unit, e.g. "minutes after activation"
     * @param limit     a limit drawn as an orange line across the bars, if any
     */
    public static byte[] bars(List<Bar> bars, String valueAxis, OptionalDouble limit, Locale locale) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("nothing to chart: say that there is no data instead");
        }
        var data = new DefaultCategoryDataset();
        for (int i = 0; i < bars.size(); i++) {
            // the column key keeps bars with the same label apart; the axis shows the label only
            data.addValue(bars.get(i).value(), "value", new Label(i, bars.get(i).label()));
        }
        var renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return bars.get(column).highlighted() ? VERMILLION : BLUE;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0);
        var categories = new CategoryAxis(null);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        var values = new NumberAxis(valueAxis);
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
        values.setLowerBound(0);
        double top = Math.max(bars.stream().mapToDouble(Bar::value).max().orElse(0), limit.orElse(0));
        values.setUpperBound(top <= 0 ? 1 : top * 1.08);
        if (top <= 0 || bars.stream().allMatch(b -> b.value() == Math.rint(b.value()))) {
            // counts (or every bar at zero): whole-number ticks instead of crowded fractions
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        }
        var plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        limit.ifPresent(l -> {
            var line = new ValueMarker(l, ORANGE, new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, new float[] {10f, 6f}, 0f));
            plot.addRangeMarker(line);
        });
        style(categories);
        style(values);
        return png(plot(plot));
    }

    /**
     * A step line over time (a count that rises with each event, a state that changes), with shaded spans.
     *
     * @param valueAxis   label of the value axis, e.g. "situation reports"
     * @param highlighted spans to shade, e.g. gaps between reports longer than the interval
     * @param zone        the zone the time axis is written in
     */
    public static byte[] steps(List<Point> points, String valueAxis, List<Span> highlighted, ZoneId zone,
            Locale locale) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("nothing to chart: say that there is no data instead");
        }
        var series = new TimeSeries("value");
        for (Point p : points.stream().sorted(java.util.Comparator.comparing(Point::at)).toList()) {
            series.addOrUpdate(new FixedMillisecond(p.at().toEpochMilli()), p.value());
        }
        var renderer = new XYStepRenderer();
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShapesFilled(0, true);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        var time = new DateAxis(null, TimeZone.getTimeZone(zone), locale);
        var format = new SimpleDateFormat(spansDays(points) ? "d MMM HH:mm" : "HH:mm", locale);
        format.setTimeZone(TimeZone.getTimeZone(zone));
        time.setDateFormatOverride(format);
        var values = new NumberAxis(valueAxis);
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        values.setLowerBound(0);
        values.setUpperBound(Math.max(1, points.stream().mapToDouble(Point::value).max().orElse(1)) * 1.1);
        var plot = new XYPlot(new TimeSeriesCollection(series), time, values, renderer);
        Instant first = points.stream().map(Point::at).min(Instant::compareTo).orElseThrow();
        Instant last = points.stream().map(Point::at).max(Instant::compareTo).orElseThrow();
        for (Span s : highlighted) {
            first = s.from().isBefore(first) ? s.from() : first;
            last = s.to().isAfter(last) ? s.to() : last;
            var shade = new IntervalMarker(s.from().toEpochMilli(), s.to().toEpochMilli());
            shade.setPaint(new Color(VERMILLION.getRed(), VERMILLION.getGreen(), VERMILLION.getBlue(), 70));
            plot.addDomainMarker(shade, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        long margin = Math.max(60_000, (last.toEpochMilli() - first.toEpochMilli()) / 20);
        time.setRange(new Date(first.toEpochMilli() - margin), new Date(last.toEpochMilli() + margin));
        style(time);
        style(values);
        return png(plot(plot));
    }

    /** The PNG as a {@code data:} URI for an {@code <img src>}, so a page or a saved HTML file needs no second request. */
    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private record Label(int index, String text) implements Comparable<Label> {
        @Override
        public int compareTo(Label other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static boolean spansDays(List<Point> points) {
        var days = points.stream().map(p -> p.at().getEpochSecond() / 86_400).distinct().count();
        return days > 1;
    }

    static void style(org.jfree.chart.axis.Axis axis) {
        axis.setTickLabelFont(new Font(FAMILY, Font.PLAIN, 16));
        axis.setLabelFont(new Font(FAMILY, Font.PLAIN, 16));
        axis.setTickLabelPaint(INK);
        axis.setLabelPaint(INK);
        axis.setAxisLinePaint(INK);
    }

    static JFreeChart plot(org.jfree.chart.plot.Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot c) {
            c.setRangeGridlinePaint(GRID);
        } else if (plot instanceof XYPlot x) {
            x.setRangeGridlinePaint(GRID);
            x.setDomainGridlinePaint(GRID);
        }
        var chart = new JFreeChart(null, new Font(FAMILY, Font.PLAIN, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(12, 12, 12, 24));
        return chart;
    }

    static byte[] png(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String family() {
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        return Arrays.asList(installed).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }
}
