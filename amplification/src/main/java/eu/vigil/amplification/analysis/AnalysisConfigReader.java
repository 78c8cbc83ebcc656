package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.InputProblem;
import eu.vigil.amplification.data.InvalidInputException;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an analysis configuration from JSON. Absent keys keep the defaults of
 * {@link AnalysisConfig#defaults()}. Keys: {@code harmful} (array of label codes), {@code k},
 * {@code baseline_arm}, {@code bootstrap_replicates} (or {@code B}), {@code ci_level}, {@code seed},
 * {@code multiplicity}, {@code fdr_level}, {@code permutations}, {@code sensitivity},
 * {@code specificity}, {@code validation_n}, {@code primary_contrasts} (array of cell ids),
 * {@code icc}.
 */
public final class AnalysisConfigReader {

  private static final Set<String> KEYS = Set.of("harmful", "k", "baseline_arm", "bootstrap_replicates", "B",
      "ci_level", "seed", "multiplicity", "fdr_level", "permutations", "sensitivity", "specificity",
      "validation_n", "primary_contrasts", "icc");

  private AnalysisConfigReader() {}

  /**
   * Reads {@code file}.
   *
   * @throws InvalidInputException naming the file and the offending key
   */
  public static AnalysisConfig read(Path file) {
    String name = file.getFileName().toString();
    List<InputProblem> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(file.toFile());
    } catch (JacksonException e) {
      throw new InvalidInputException(List.of(new InputProblem(name, 0, "", "not valid JSON: "
          + e.getOriginalMessage())));
    }
    if (!root.isObject()) {
      throw new InvalidInputException(List.of(new InputProblem(name, 0, "", "expected a JSON object")));
    }
    for (String key : root.propertyNames()) {
      if (!KEYS.contains(key)) {
        problems.add(new InputProblem(name, 0, key, "unknown configuration key; known: " + KEYS));
      }
    }
    AnalysisConfig d = AnalysisConfig.defaults();
    Set<LabelCode> harmful = d.harmful();
    if (root.has("harmful")) {
      harmful = EnumSet.noneOf(LabelCode.class);
      for (JsonNode code : root.get("harmful")) {
        try {
          harmful.add(LabelCode.parse(code.asString()));
        } catch (IllegalArgumentException e) {
          problems.add(new InputProblem(name, 0, "harmful", e.getMessage()));
        }
      }
    }
    Field f = new Field(root, name, problems);
    int k = f.get("k", AnalysisConfigReader::integer, d.k());
    Arm baseline = f.get("baseline_arm", n -> Arm.parse(n.asString()), d.baselineArm());
    int b = f.get("B", AnalysisConfigReader::integer, f.get("bootstrap_replicates", AnalysisConfigReader::integer, d.bootstrapReplicates()));
    double level = f.get("ci_level", AnalysisConfigReader::number, d.ciLevel());
    long seed = f.get("seed", AnalysisConfigReader::longInteger, d.seed());
    Multiplicity m = f.get("multiplicity", n -> Multiplicity.parse(n.asString()), d.multiplicity());
    double fdr = f.get("fdr_level", AnalysisConfigReader::number, d.fdrLevel());
    int perms = f.get("permutations", AnalysisConfigReader::integer, d.permutations());
    Double se = f.get("sensitivity", AnalysisConfigReader::number, null);
    Double sp = f.get("specificity", AnalysisConfigReader::number, null);
    Integer vn = f.get("validation_n", AnalysisConfigReader::integer, null);
    Double icc = f.get("icc", AnalysisConfigReader::number, null);
    List<String> primary = new ArrayList<>();
    if (root.has("primary_contrasts")) {
      root.get("primary_contrasts").forEach(n -> primary.add(n.asString()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    try {
      return new AnalysisConfig(harmful, k, baseline, b, level, seed, m, fdr, perms, se, sp, vn, primary, icc);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new InputProblem(name, 0, "", e.getMessage())));
    }
  }

  private static int integer(JsonNode n) {
    if (!n.canConvertToInt() || !n.isIntegralNumber()) {
      throw new IllegalArgumentException("expected an integer, was " + n);
    }
    return n.intValue();
  }

  private static long longInteger(JsonNode n) {
    if (!n.isIntegralNumber()) {
      throw new IllegalArgumentException("expected an integer, was " + n);
    }
    return n.longValue();
  }

  private static double number(JsonNode n) {
    if (!n.isNumber()) {
      throw new IllegalArgumentException("expected a number, was " + n);
    }
    return n.doubleValue();
  }

  /** Reads one typed key, turning conversion failures into problems. */
  private record Field(JsonNode root, String file, List<InputProblem> problems) {
    <T> T get(String key, Function<JsonNode, T> conv, T dflt) {
      JsonNode n = root.get(key);
      if (n == null || n.isNull()) {
        return dflt;
      }
      try {
        if (n.isContainer()) {
          throw new IllegalArgumentException("expected a single value");
        }
        return conv.apply(n);
      } catch (RuntimeException e) {
        problems.add(new InputProblem(file, 0, key, e.getMessage()));
        return dflt;
      }
    }
  }
}
