package eu.vigil.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Charts that compare series (several Member States, orders against referrals) and a distribution with a limit line,
 * rendered like {@link Charts}: same size, fonts, Okabe–Ito colours, no title inside the image, a legend below when
 * there is more than one series. Pure functions; safe to call from any thread.
 */
public final class ComparisonCharts {

    /** The Okabe–Ito palette in the order series take it (black last). */
    static final List<Color> PALETTE = List.of(Charts.BLUE, Charts.ORANGE, new Color(0x00, 0x9E, 0x73),
            Charts.VERMILLION, new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0xF0, 0xE4, 0x42),
            new Color(0x00, 0x00, 0x00));

    /** Most series a chart draws: one per colour of the palette. */
    public static final int MAX_SERIES = 8;

    /**
     * One series of values, one per category.
     *
     * @param name   what it stands for, shown in the legend (a Member State, "referrals")
     * @param values its values, in the order of the categories, each finite and at least 0
     */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
            if (name == null || name.isBlank() || values.stream().anyMatch(v -> !Double.isFinite(v) || v < 0)) {
                throw new IllegalArgumentException("a series needs a name and finite values >= 0");
            }
        }
    }

    /**
     * One bin of a distribution.
     *
     * @param from  lower bound, inclusive
     * @param to    upper bound, exclusive, greater than {@code from}
     * @param count how many values fell into it
     * @param highlighted drawn in vermillion, e.g. beyond the limit
     */
    public record Bin(double from, double to, int count, boolean highlighted) {
        public Bin {
            if (!(to > from) || count < 0) {
                throw new IllegalArgumentException("a bin needs from < to and a count >= 0");
            }
        }
    }

    private ComparisonCharts() {
    }

    /**
     * Vertical columns per category, one colour per series, side by side or stacked.
     *
     * @param categories the categories along the bottom (months, Member States)
     * @param series     at most {@value #MAX_SERIES}, each with one value per category
     * @param valueAxis  label of the value axis, e.g. "orders"
     * @param stacked    stack the series in one column instead of side by side
     */
    public static byte[] columns(List<String> categories, List<Series> series, String valueAxis, boolean stacked,
            Locale locale) {
        if (categories.isEmpty() || series.isEmpty() || series.size() > MAX_SERIES
                || series.stream().anyMatch(s -> s.values().size() != categories.size())) {
            throw new IllegalArgumentException("1 to " + MAX_SERIES + " series with one value per category");
        }
        var data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(s.values().get(i), s.name(), categories.get(i));
            }
        }
        BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.02);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE.get(i));
        }
        var axis = new CategoryAxis(null);
        if (categories.size() > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        double top = 0;
        for (int i = 0; i < categories.size(); i++) {
            final int c = i;
            top = Math.max(top, stacked ? series.stream().mapToDouble(s -> s.values().get(c)).sum()
                    : series.stream().mapToDouble(s -> s.values().get(c)).max().orElse(0));
        }
        var values = countAxis(valueAxis, top, locale);
        var plot = new CategoryPlot(data, axis, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        Charts.style(axis);
        Charts.style(values);
        return Charts.png(withLegend(Charts.plot(plot), series.size() > 1));
    }

    /**
     * A histogram with a vertical limit line, e.g. minutes to removal with the 60-minute line.
     *
     * @param bins      adjacent bins in ascending order
     * @param limit     where the orange dashed line crosses the value range
     * @param valueAxis label of the horizontal axis with its unit, e.g. "minutes from receipt to removal"
     * @param countAxis label of the vertical axis, e.g. "items"
     */
    public static byte[] histogram(List<Bin> bins, double limit, String valueAxis, String countAxis, Locale locale) {
        if (bins.isEmpty()) {
            throw new IllegalArgumentException("nothing to chart: say that there is no data instead");
        }
        var plain = new XYIntervalSeries("in time");
        var late = new XYIntervalSeries("late");
        for (Bin b : bins) {
            double mid = (b.from() + b.to()) / 2;
            (b.highlighted() ? late : plain).add(mid, b.from(), b.to(), b.count(), b.count(), b.count());
        }
        var data = new XYIntervalSeriesCollection();
        data.addSeries(plain);
        data.addSeries(late);
        var renderer = new XYBarRenderer(0.04);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Charts.BLUE);
        renderer.setSeriesPaint(1, Charts.VERMILLION);
        var x = new NumberAxis(valueAxis);
        x.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        x.setRange(bins.getFirst().from(), bins.getLast().to());
        var y = countAxis(countAxis, bins.stream().mapToInt(Bin::count).max().orElse(0), locale);
        var plot = new XYPlot(data, x, y, renderer);
        plot.addDomainMarker(new ValueMarker(limit, Charts.ORANGE, new BasicStroke(3f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {10f, 6f}, 0f)));
        Charts.style(x);
        Charts.style(y);
        return Charts.png(Charts.plot(plot));
    }

    /** A whole-number axis from 0 to a little above {@code top} (explicit: setting a bound turns auto-range off). */
    private static NumberAxis countAxis(String label, double top, Locale locale) {
        var values = new NumberAxis(label);
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        values.setRange(0, top <= 0 ? 1 : top * 1.08);
        return values;
    }

    private static JFreeChart withLegend(JFreeChart chart, boolean legend) {
        if (legend) {
            var title = new LegendTitle(chart.getPlot());
            title.setItemFont(new Font(Charts.FAMILY, Font.PLAIN, 16));
            title.setPosition(RectangleEdge.BOTTOM);
            chart.addLegend(title);
        }
        return chart;
    }
}
