package eu.vigil.amplification.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as SVG (JFreeSVG, deterministic ids) and PNG. */
final class ChartFiles {

  static final int WIDTH = 900;
  static final int HEIGHT = 560;

  private ChartFiles() {}

  static void style(JFreeChart chart) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(220, 220, 220));
    theme.setRangeGridlinePaint(new Color(220, 220, 220));
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
  }

  /** Writes {@code name.svg} and {@code name.png} into {@code dir}. */
  static void save(JFreeChart chart, Path dir, String name, int height) throws IOException {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
    g2.setDefsKeyPrefix("vigil-" + name);
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height));
    Files.writeString(dir.resolve(name + ".svg"), g2.getSVGDocument(), StandardCharsets.UTF_8);
    ChartUtils.saveChartAsPNG(dir.resolve(name + ".png").toFile(), chart, WIDTH, height);
  }
}
