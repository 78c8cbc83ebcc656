package eu.vigil.exercise.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The after-action report's charts as PNG, drawn with JFreeChart: bars per participant, one series per measure.
 * Every chart carries "EXERCISE" in its subtitle, so that a copied image stays marked.
 */
final class ExerciseCharts {

    private ExerciseCharts() {
    }

    /** One bar of a series: a participant and its value (null: none, drawn as no bar). */
    record Bar(String series, String participant, Number value) {
    }

    /**
     * A bar chart with participants along the axis.
     *
     * @param stacked stack the series (counts) rather than put them side by side (durations)
     * @param colours one per series, in the order the series first appear
     */
    static byte[] bars(String title, String axis, List<Bar> bars, boolean stacked, List<Color> colours, int width,
            int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar b : bars) {
            data.addValue(b.value(), b.series(), b.participant());
        }
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(title, null, axis, data, PlotOrientation.HORIZONTAL, true, false, false)
                : ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.HORIZONTAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        TextTitle mark = new TextTitle("EXERCISE — table-top exercise, not real events",
                new Font(Font.SANS_SERIF, Font.BOLD, 11));
        mark.setPaint(new Color(0xB0, 0x00, 0x20));
        chart.addSubtitle(mark);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xF7, 0xF8, 0xFA));
        plot.setRangeGridlinePaint(new Color(0xC8, 0xCC, 0xD4));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
        }
        BufferedImage image = chart.createBufferedImage(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
