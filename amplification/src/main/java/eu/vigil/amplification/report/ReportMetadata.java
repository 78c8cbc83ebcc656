package eu.vigil.amplification.report;

import eu.vigil.amplification.analysis.AnalysisResult;
import eu.vigil.amplification.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The reproducibility block of a report (spec §6.3, R12). */
public final class ReportMetadata {

  /** Fields every report's {@code metadata.json} must carry (spec R12). */
  public static final List<String> REQUIRED_FIELDS = List.of("input_sha256", "tool_version", "seed", "B",
      "ci_method", "K", "H", "baseline_arm");

  /** The CI method, as stated in every report. */
  public static final String CI_METHOD = "account-level cluster bootstrap stratified by arm; percentile "
      + "interval on the log scale for ratios, back-transformed";

  private ReportMetadata() {}

  /** The tool version from the build ({@code unknown} when run from unpackaged classes without filtering). */
  public static String toolVersion() {
    try (InputStream in = ReportMetadata.class.getResourceAsStream("/eu/vigil/amplification/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return "vigil-amplification " + p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * SHA-256 over all inputs: of the lines {@code name:sha256} of each file, sorted by name; the
   * SHA-256 of the empty string for in-memory data.
   */
  public static String combinedSha256(Map<String, String> perFile) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(perFile).forEach((k, v) -> sb.append(k).append(':').append(v).append('\n'));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> of(AnalysisResult r) {
    var c = r.config();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input_sha256", combinedSha256(r.inputSha256()));
    m.put("input_files", new TreeMap<>(r.inputSha256()));
    m.put("tool_version", toolVersion());
    m.put("taxonomy_version", Taxonomy.VERSION);
    m.put("seed", c.seed());
    m.put("B", c.bootstrapReplicates());
    m.put("ci_method", CI_METHOD);
    m.put("ci_level", c.ciLevel());
    m.put("K", c.k());
    m.put("H", c.harmfulCodes());
    m.put("baseline_arm", c.baselineArm().id());
    m.put("permutations", c.permutations());
    m.put("multiplicity", c.multiplicity().name().toLowerCase(java.util.Locale.ROOT));
    m.put("fdr_level", c.fdrLevel());
    m.put("primary_contrasts", c.primaryContrasts());
    m.put("sensitivity", c.sensitivity());
    m.put("specificity", c.specificity());
    m.put("validation_n", c.validationSize());
    m.put("icc_assumed", c.assumedIcc());
    m.put("cells", r.cells().size());
    m.put("warnings", r.warnings());
    return m;
  }
}
