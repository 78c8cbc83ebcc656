package eu.vigil.amplification.synthetic;

import eu.vigil.amplification.data.Aggregate;
import eu.vigil.amplification.data.Annotation;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.DataSet;
import eu.vigil.amplification.data.DataSetWriter;
import eu.vigil.amplification.data.Item;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The synthetic designs of spec §6.5 with known truth, and a demonstration data set.
 *
 * <table>
 *   <caption>Designs</caption>
 *   <tr><th>name</th><th>truth</th></tr>
 *   <tr><td>{@code r1-recovery}</td><td>200 + 200 accounts, K = 30, Beta c = 20, p_b = 0.05, p_t = 0.10: AR = 2</td></tr>
 *   <tr><td>{@code r2-null}</td><td>same with p_t = p_b = 0.05: AR = 1</td></tr>
 *   <tr><td>{@code r3-reach}</td><td>aggregates N_t = 40,000, N_c = 10,000, reach 0.30 vs 0.20: +50%</td></tr>
 *   <tr><td>{@code r8-grid}</td><td>120 cells, 10 with AR = 2, 110 null (50 accounts per arm and cell)</td></tr>
 *   <tr><td>{@code r10-trajectory}</td><td>200 + 200 accounts, 80 steps, treated slope +0.002 per step</td></tr>
 *   <tr><td>{@code r10-flat}</td><td>same with slope 0</td></tr>
 *   <tr><td>{@code demo}</td><td>2 platforms × 2 languages, feeds, trails, pairs, annotations, model labels</td></tr>
 * </table>
 */
public final class SyntheticDesigns {

  /** Names accepted by {@link #generate(String, long)}. */
  public static final List<String> NAMES = List.of("r1-recovery", "r2-null", "r3-reach", "r8-grid",
      "r10-trajectory", "r10-flat", "demo");

  private static final String PERSONA = "engaged_borderline_vrwe";

  private SyntheticDesigns() {}

  /**
   * Generates design {@code name} with {@code seed} in memory.
   *
   * @throws IllegalArgumentException for an unknown name (the message lists {@link #NAMES})
   */
  public static SyntheticData generate(String name, long seed) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "r1-recovery" -> window(name, seed, 200, new ArmDesign(0.10, 20, 0), new ArmDesign(0.05, 20, 0));
      case "r2-null" -> window(name, seed, 200, new ArmDesign(0.05, 20, 0), new ArmDesign(0.05, 20, 0));
      case "r3-reach" -> reach(seed, 40_000, 0.30, 10_000, 0.20);
      case "r8-grid" -> grid(seed, 50);
      case "r10-trajectory" -> trail(name, seed, 200, 80, 0.002);
      case "r10-flat" -> trail(name, seed, 200, 80, 0.0);
      case "demo" -> Demonstration.generate(seed);
      default -> throw new IllegalArgumentException("unknown design '" + name + "' (expected one of "
          + String.join(", ", NAMES) + ")");
    };
  }

  /**
   * Generates design {@code name} and writes it to {@code outDir} as CSV tables, with
   * {@code truth.json} (the known truth) and {@code config.json} (a configuration carrying the seed).
   */
  public static SyntheticData generate(String name, long seed, Path outDir) {
    SyntheticData d = generate(name, seed);
    DataSetWriter.write(d.data(), outDir);
    try {
      Files.writeString(outDir.resolve("truth.json"), truthJson(d), StandardCharsets.UTF_8);
      Files.writeString(outDir.resolve("config.json"), "{\n  \"seed\": " + seed + ",\n  \"k\": 30,\n"
          + "  \"baseline_arm\": \"base\",\n  \"B\": 2000\n}\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  private static String truthJson(SyntheticData d) {
    String cells = new TreeMap<>(d.trueRatioByCell()).entrySet().stream()
        .map(e -> "    \"" + e.getKey() + "\": " + e.getValue()).collect(Collectors.joining(",\n"));
    String truth = new TreeMap<>(d.truth()).entrySet().stream()
        .map(e -> "    \"" + e.getKey() + "\": " + e.getValue()).collect(Collectors.joining(",\n"));
    return "{\n  \"design\": \"" + d.design() + "\",\n  \"true_ratio_by_cell\": {\n" + cells
        + "\n  },\n  \"truth\": {\n" + truth + "\n  }\n}\n";
  }

  /** Treated and baseline accounts with a K = 30 home-feed window each. */
  static SyntheticData window(String name, long seed, int perArm, ArmDesign treat, ArmDesign base) {
    FeedBuilder b = new FeedBuilder(seed);
    for (int i = 0; i < perArm; i++) {
      var a = b.account(String.format("t%04d", i), "youtube", "DE", "de", Arm.TREAT, PERSONA, "vrwe", true, null);
      b.windowFeed(a, "home_feed", treat.drawFeed(30, b.beta, b.rng, false));
    }
    for (int i = 0; i < perArm; i++) {
      var a = b.account(String.format("b%04d", i), "youtube", "DE", "de", Arm.BASE, "baseline", null, true, null);
      b.windowFeed(a, "home_feed", base.drawFeed(30, b.beta, b.rng, false));
    }
    String cell = "youtube/DE/de/vrwe/home_feed/" + PERSONA;
    return new SyntheticData(name, DataSet.of(b.accounts, b.impressions, b.items),
        Map.of(cell, treat.prevalence() / base.prevalence()),
        Map.of("p_treat", treat.prevalence(), "p_base", base.prevalence(), "icc", treat.icc()));
  }

  /** Treated and baseline trails of {@code steps} one-item steps on {@code up_next}. */
  static SyntheticData trail(String name, long seed, int perArm, int steps, double slope) {
    FeedBuilder b = new FeedBuilder(seed);
    ArmDesign treat = new ArmDesign(0.05, 20, slope);
    ArmDesign base = new ArmDesign(0.05, 20, 0);
    for (int i = 0; i < perArm; i++) {
      var a = b.account(String.format("t%04d", i), "youtube", "DE", "de", Arm.TREAT, PERSONA, "vrwe", true, null);
      b.trail(a, "up_next", treat.drawFeed(steps, b.beta, b.rng, true));
    }
    for (int i = 0; i < perArm; i++) {
      var a = b.account(String.format("b%04d", i), "youtube", "DE", "de", Arm.BASE, "baseline", null, true, null);
      b.trail(a, "up_next", base.drawFeed(steps, b.beta, b.rng, true));
    }
    return new SyntheticData(name, DataSet.of(b.accounts, b.impressions, b.items), Map.of(),
        Map.of("slope_treat", slope, "slope_base", 0.0, "steps", (double) steps));
  }

  /** Aggregates of one content set with binomial reach counts. */
  static SyntheticData reach(long seed, int nTreat, double qTreat, int nControl, double qControl) {
    Well19937c rng = new Well19937c(seed);
    long rt = new BinomialDistribution(rng, nTreat, qTreat).sample();
    long rc = new BinomialDistribution(rng, nControl, qControl).sample();
    List<Aggregate> aggregates = List.of(new Aggregate("set-1", Arm.TREAT, nTreat, rt, "2020-04-01/2020-08-15"),
        new Aggregate("set-1", Arm.CHRONO, nControl, rc, "2020-04-01/2020-08-15"));
    return new SyntheticData("r3-reach", new DataSet(List.of(), List.of(), List.of(), List.of(), List.of(),
        aggregates, Map.of()), Map.of(), Map.of("reach_ratio", qTreat / qControl));
  }

  /** The R8 grid with {@code perArm} accounts per arm and cell, as full tables. */
  static SyntheticData grid(long seed, int perArm) {
    FeedBuilder b = new FeedBuilder(seed);
    Map<String, Double> truth = new TreeMap<>();
    int index = 0;
    for (String platform : GridDesign.PLATFORMS) {
      for (String[] lang : GridDesign.LANGUAGES) {
        for (String ideology : GridDesign.IDEOLOGIES) {
          boolean amp = GridDesign.amplified(index++);
          ArmDesign t = new ArmDesign(amp ? 0.10 : 0.05, 20, 0);
          ArmDesign base = new ArmDesign(0.05, 20, 0);
          String prefix = platform + "-" + lang[0] + "-" + ideology + "-";
          String persona = "engaged_" + ideology;
          for (int i = 0; i < perArm; i++) {
            var a = b.account(prefix + "t" + i, platform, lang[1], lang[0], Arm.TREAT, persona, ideology, true, null);
            b.windowFeed(a, "home_feed", t.drawFeed(30, b.beta, b.rng, false));
            var c = b.account(prefix + "b" + i, platform, lang[1], lang[0], Arm.BASE, "baseline", ideology, true, null);
            b.windowFeed(c, "home_feed", base.drawFeed(30, b.beta, b.rng, false));
          }
          truth.put(platform + "/" + lang[1] + "/" + lang[0] + "/" + ideology + "/home_feed/" + persona,
              amp ? 2.0 : 1.0);
        }
      }
    }
    return new SyntheticData("r8-grid", DataSet.of(b.accounts, b.impressions, b.items), truth,
        Map.of("amplified_cells", (double) GridDesign.AMPLIFIED));
  }

  /** Annotations by {@code coders} annotators who agree with the item's label with {@code agreement}. */
  static List<Annotation> annotations(List<Item> items, int coders, double agreement, java.util.SplittableRandom rng) {
    LabelCode[] all = LabelCode.values();
    List<Annotation> out = new ArrayList<>();
    for (Item item : items) {
      for (int c = 0; c < coders; c++) {
        LabelCode code = rng.nextDouble() < agreement ? item.labelCode() : all[rng.nextInt(all.length)];
        out.add(new Annotation(item.itemId(), "coder" + c, code));
      }
    }
    return out;
  }

  /**
   * A load-test data set of at least {@code impressions} impressions (24 cells, 70 impressions per
   * account: a 30-item home-feed window and a 40-step up-next trail), for benchmarks.
   *
   * @throws IllegalArgumentException if {@code impressions} is not positive
   */
  public static SyntheticData load(long seed, int impressions) {
    return LoadDesign.generate(seed, impressions);
  }

  /** The design names as one line, for messages. */
  public static String describe() {
    return Arrays.toString(NAMES.toArray());
  }
}
