package eu.vigil.amplification.report;

import eu.vigil.amplification.analysis.AnalysisResult;
import eu.vigil.amplification.analysis.CellResult;
import eu.vigil.amplification.stats.Interval;
import eu.vigil.amplification.stats.KaplanMeier;
import eu.vigil.amplification.stats.RatioEstimate;
import eu.vigil.amplification.taxonomy.LabelCode;
import eu.vigil.amplification.taxonomy.Taxonomy;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The plots of spec §6.3, each written as SVG and PNG. Returns the names written. */
final class Charts {

  /** At most this many cells are drawn in the per-cell curve plots, to stay readable. */
  static final int MAX_CURVES = 8;

  private Charts() {}

  static List<String> writeAll(AnalysisResult r, Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    if (r.cells().isEmpty()) {
      return names;
    }
    forest(r, dir, names);
    heatmaps(r, dir, names);
    depth(r, dir, names);
    survival(r, dir, names);
    distribution(r, dir, names);
    labelMix(r, dir, names);
    sensitivity(r, dir, names);
    return names;
  }

  private static String label(CellResult c) {
    return c.key().platform() + " · " + c.key().language() + " · " + c.key().ideology() + " · "
        + c.key().surface();
  }

  private static void forest(AnalysisResult r, Path dir, List<String> names) throws IOException {
    List<CellResult> cells = r.cells().stream()
        .sorted(java.util.Comparator.comparing((CellResult c) -> c.key().language()).thenComparing(c -> c.key().id()))
        .toList();
    XIntervalSeries s = new XIntervalSeries("AR with " + Math.round(r.config().ciLevel() * 100) + "% CI");
    String[] labels = new String[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      CellResult c = cells.get(i);
      labels[i] = label(c) + (c.contrast().ratio() instanceof RatioEstimate.NotEstimable ? " (not estimable)" : "");
      if (c.contrast().ratio() instanceof RatioEstimate.Estimated e) {
        Interval ci = e.ci();
        s.add(e.value(), ci == null ? e.value() : ci.lower(), ci == null ? e.value() : ci.upper(), i);
      }
    }
    XIntervalSeriesCollection data = new XIntervalSeriesCollection();
    data.addSeries(s);
    LogAxis x = new LogAxis("Exposure ratio AR (log scale)");
    x.setSmallestValue(0.05);
    x.setBase(2);
    x.setNumberFormatOverride(new java.text.DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
    SymbolAxis y = new SymbolAxis("", labels);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawYError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setErrorPaint(Color.DARK_GRAY);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.addDomainMarker(new ValueMarker(1.0, Color.RED, new BasicStroke(1.2f)));
    JFreeChart chart = new JFreeChart("Exposure amplification ratio by cell (sorted by language)", plot);
    ChartFiles.style(chart);
    ChartFiles.save(chart, dir, "forest_ar", Math.max(360, 90 + 22 * cells.size()));
    names.add("forest_ar");
  }

  private static void heatmaps(AnalysisResult r, Path dir, List<String> names) throws IOException {
    TreeSet<String> ideologies = new TreeSet<>();
    r.cells().forEach(c -> ideologies.add(c.key().ideology()));
    for (String ideology : ideologies) {
      List<CellResult> cells = r.cells().stream().filter(c -> c.key().ideology().equals(ideology)).toList();
      List<String> platforms = cells.stream().map(c -> c.key().platform()).distinct().sorted().toList();
      List<String> languages = cells.stream().map(c -> c.key().language()).distinct().sorted().toList();
      double[][] xyz = new double[3][platforms.size() * languages.size()];
      int n = 0;
      for (int p = 0; p < platforms.size(); p++) {
        for (int l = 0; l < languages.size(); l++) {
          final int pp = p;
          final int ll = l;
          double log2 = cells.stream().filter(c -> c.key().platform().equals(platforms.get(pp))
                  && c.key().language().equals(languages.get(ll)))
              .map(c -> c.contrast().ratio().valueOrNull()).filter(v -> v != null && v > 0)
              .mapToDouble(v -> Math.log(v) / Math.log(2)).average().orElse(Double.NaN);
          xyz[0][n] = p;
          xyz[1][n] = l;
          xyz[2][n++] = log2;
        }
      }
      DefaultXYZDataset data = new DefaultXYZDataset();
      data.addSeries("log2 AR", xyz);
      LookupPaintScale scale = new LookupPaintScale(-2, 2, Color.LIGHT_GRAY);
      for (int i = 0; i < 40; i++) {
        double v = -2 + i * 0.1;
        float t = (float) (i / 39.0);
        scale.add(v, t < 0.5 ? new Color(1 - 2 * (0.5f - t) * 0.8f, 1 - 2 * (0.5f - t) * 0.5f, 1f)
            : new Color(1f, 1 - 2 * (t - 0.5f) * 0.8f, 1 - 2 * (t - 0.5f) * 0.8f));
      }
      XYBlockRenderer renderer = new XYBlockRenderer();
      renderer.setPaintScale(scale);
      XYPlot plot = new XYPlot(data, new SymbolAxis("Platform", platforms.toArray(String[]::new)),
          new SymbolAxis("Language", languages.toArray(String[]::new)), renderer);
      JFreeChart chart = new JFreeChart("AR heatmap, platform × language (mean log2 AR over surfaces and personas) — ideology " + ideology, plot);
      chart.removeLegend();
      PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis("log2 AR (0 = no amplification)"));
      legend.setPosition(RectangleEdge.RIGHT);
      legend.setMargin(4, 4, 40, 4);
      chart.addSubtitle(legend);
      ChartFiles.style(chart);
      String name = "heatmap_" + ideology.replaceAll("[^A-Za-z0-9_-]", "_");
      ChartFiles.save(chart, dir, name, ChartFiles.HEIGHT);
      names.add(name);
    }
  }

  private static void depth(AnalysisResult r, Path dir, List<String> names) throws IOException {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (CellResult c : r.cells().stream().limit(MAX_CURVES).toList()) {
      for (String arm : List.of("treat", "base")) {
        YIntervalSeries s = new YIntervalSeries(label(c) + " · " + arm + (arm.equals("treat") ? " (" + c.key().persona() + ")" : ""));
        for (CellResult.DepthPoint p : arm.equals("treat") ? c.curves().depthTreat() : c.curves().depthBase()) {
          Interval ci = p.ci();
          s.add(p.step(), p.prevalence(), ci == null ? p.prevalence() : ci.lower(), ci == null ? p.prevalence() : ci.upper());
        }
        data.addSeries(s);
      }
    }
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.15f);
    XYPlot plot = new XYPlot(data, new NumberAxis("Step (depth)"), new NumberAxis("Harmful prevalence p(s)"), renderer);
    JFreeChart chart = new JFreeChart("Depth curves with CI bands", plot);
    ChartFiles.style(chart);
    ChartFiles.save(chart, dir, "depth_curves", ChartFiles.HEIGHT);
    names.add("depth_curves");
  }

  private static void survival(AnalysisResult r, Path dir, List<String> names) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    for (CellResult c : r.cells().stream().limit(MAX_CURVES).toList()) {
      for (String arm : List.of("treat", "base")) {
        XYSeries s = new XYSeries(label(c) + " · " + arm);
        s.add(0, 0);
        for (KaplanMeier.Step st : arm.equals("treat") ? c.curves().survivalTreat() : c.curves().survivalBase()) {
          s.add(st.time(), 1 - st.survival());
        }
        data.addSeries(s);
      }
    }
    XYPlot plot = new XYPlot(data, new NumberAxis("Step"), new NumberAxis("Share of accounts exposed (1 − KM survival)"),
        new XYStepRenderer());
    JFreeChart chart = new JFreeChart("Time to first harmful exposure (Kaplan–Meier)", plot);
    ChartFiles.style(chart);
    ChartFiles.save(chart, dir, "kaplan_meier", ChartFiles.HEIGHT);
    names.add("kaplan_meier");
  }

  private static void distribution(AnalysisResult r, Path dir, List<String> names) throws IOException {
    List<CellResult> cells = r.cells().stream().limit(MAX_CURVES * 2).toList();
    XYSeries treat = new XYSeries("treated accounts");
    XYSeries base = new XYSeries("baseline accounts");
    String[] labels = new String[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      CellResult c = cells.get(i);
      labels[i] = label(c);
      double[] st = c.curves().sharesTreat();
      for (int a = 0; a < st.length; a++) {
        treat.add(i + 0.1 + jitter(a), st[a]);
      }
      double[] sb = c.curves().sharesBase();
      for (int a = 0; a < sb.length; a++) {
        base.add(i - 0.25 + jitter(a), sb[a]);
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(treat);
    data.addSeries(base);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-1.5, -1.5, 3, 3));
    renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-1.5, -1.5, 3, 3));
    XYPlot plot = new XYPlot(data, new SymbolAxis("", labels), new NumberAxis("Per-account harmful share p_a"), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart("Distribution of per-account shares (strip plot)", plot);
    ChartFiles.style(chart);
    ChartFiles.save(chart, dir, "share_distribution", Math.max(360, 90 + 40 * cells.size()));
    names.add("share_distribution");
  }

  /** Deterministic jitter in [0, 0.15) from the account's position. */
  private static double jitter(int a) {
    return ((a * 2654435761L) & 0xffff) / 65536.0 * 0.15;
  }

  private static void labelMix(AnalysisResult r, Path dir, List<String> names) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (CellResult c : r.cells().stream().limit(MAX_CURVES).toList()) {
      for (String arm : List.of("treat", "base")) {
        var mix = arm.equals("treat") ? c.curves().labelMixTreat() : c.curves().labelMixBase();
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        for (LabelCode code : LabelCode.values()) {
          if (code == LabelCode.NEU || !r.config().harmful().contains(code) && code != LabelCode.CTX) {
            continue;
          }
          String series = code.code() + " → " + Taxonomy.dsaClassification(code).category().label();
          data.addValue(total == 0 ? 0 : 100.0 * mix.getOrDefault(code, 0) / total, series,
              c.key().platform() + "·" + c.key().language() + "·" + arm);
        }
      }
    }
    CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(""),
        new NumberAxis("% of window items"), new StackedBarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart("Label mix in the window, with DSA category", plot);
    ChartFiles.style(chart);
    ChartFiles.save(chart, dir, "label_mix", ChartFiles.HEIGHT + 80);
    names.add("label_mix");
  }

  private static void sensitivity(AnalysisResult r, Path dir, List<String> names) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (CellResult c : r.cells().stream().limit(MAX_CURVES).toList()) {
      String cat = c.key().platform() + "·" + c.key().language() + "·" + c.key().surface();
      c.sensitivity().ratioByK().forEach((k, v) -> data.addValue(v, "K = " + k, cat));
      data.addValue(c.sensitivity().humanOnly(), "human labels only", cat);
      data.addValue(c.sensitivity().loggedIn(), "logged-in", cat);
      data.addValue(c.sensitivity().loggedOut(), "logged-out", cat);
    }
    CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(""), new NumberAxis("AR"),
        new BarRenderer());
    plot.addRangeMarker(new ValueMarker(1.0, Color.RED, new BasicStroke(1.2f)));
    JFreeChart chart = new JFreeChart("Sensitivity of AR: window K, label source, logged-in state", plot);
    ChartFiles.style(chart);
    ChartFiles.save(chart, dir, "sensitivity", ChartFiles.HEIGHT);
    names.add("sensitivity");
  }
}
