package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.taxonomy.LabelCode;
import eu.vigil.amplification.taxonomy.Taxonomy;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of an analysis (spec §6.1 {@code config}).
 *
 * @param harmful the harmful set H of label codes
 * @param k feed window K (first K items per account and surface)
 * @param baselineArm the arm treated accounts are compared with ({@code base}, {@code nonprofiled} or
 *     {@code chrono})
 * @param bootstrapReplicates B, the number of account-level bootstrap replicates
 * @param ciLevel confidence level of every interval
 * @param seed random seed; same inputs, seed and B give identical results
 * @param multiplicity adjustment of the exploratory grid
 * @param fdrLevel q-value threshold for calling a cell amplified
 * @param permutations permutations of the permutation test
 * @param sensitivity Se of model labels; null if all labels are human
 * @param specificity Sp of model labels; null if all labels are human
 * @param validationSize size of the validation sample behind Se and Sp (their uncertainty is drawn in
 *     the bootstrap); null to treat Se and Sp as known
 * @param primaryContrasts cell ids of pre-registered primary contrasts (Holm-adjusted)
 * @param assumedIcc ICC for the power calculation; null to estimate it from the baseline accounts
 */
public record AnalysisConfig(Set<LabelCode> harmful, int k, Arm baselineArm, int bootstrapReplicates,
    double ciLevel, long seed, Multiplicity multiplicity, double fdrLevel, int permutations,
    @Nullable Double sensitivity, @Nullable Double specificity, @Nullable Integer validationSize,
    List<String> primaryContrasts, @Nullable Double assumedIcc) {

  /** Checks the values. */
  public AnalysisConfig {
    harmful = Set.copyOf(harmful.isEmpty() ? Set.of() : EnumSet.copyOf(harmful));
    primaryContrasts = List.copyOf(primaryContrasts);
    if (harmful.isEmpty()) {
      throw new IllegalArgumentException("harmful set H must not be empty");
    }
    if (k < 1) {
      throw new IllegalArgumentException("K must be at least 1, was " + k);
    }
    if (!baselineArm.canBeBaseline()) {
      throw new IllegalArgumentException("baseline arm must be base, nonprofiled or chrono, was "
          + baselineArm.id());
    }
    if (bootstrapReplicates < 100) {
      throw new IllegalArgumentException("B must be at least 100, was " + bootstrapReplicates);
    }
    if (!(ciLevel > 0.5 && ciLevel < 1)) {
      throw new IllegalArgumentException("CI level must be in (0.5, 1), was " + ciLevel);
    }
    if (permutations < 99) {
      throw new IllegalArgumentException("permutations must be at least 99, was " + permutations);
    }
    if ((sensitivity == null) != (specificity == null)) {
      throw new IllegalArgumentException("sensitivity and specificity go together");
    }
    if (sensitivity != null && !(sensitivity + specificity > 1)) {
      throw new IllegalArgumentException("Se + Sp must exceed 1");
    }
  }

  /** Spec defaults: H = all TVE and BL codes, K = 30, baseline {@code base}, B = 2,000, 95%, seed 1. */
  public static AnalysisConfig defaults() {
    return new AnalysisConfig(Taxonomy.defaultHarmfulSet(), 30, Arm.BASE, 2000, 0.95, 1L, Multiplicity.BH,
        0.10, 9999, null, null, null, List.of(), null);
  }

  /** A copy with another seed. */
  public AnalysisConfig withSeed(long newSeed) {
    return new AnalysisConfig(harmful, k, baselineArm, bootstrapReplicates, ciLevel, newSeed, multiplicity,
        fdrLevel, permutations, sensitivity, specificity, validationSize, primaryContrasts, assumedIcc);
  }

  /** A copy with other replicate counts (B and permutations). */
  public AnalysisConfig withReplicates(int b, int perms) {
    return new AnalysisConfig(harmful, k, baselineArm, b, ciLevel, seed, multiplicity, fdrLevel, perms,
        sensitivity, specificity, validationSize, primaryContrasts, assumedIcc);
  }

  /** A copy with model-label sensitivity and specificity. */
  public AnalysisConfig withLabelErrors(double se, double sp, @Nullable Integer n) {
    return new AnalysisConfig(harmful, k, baselineArm, bootstrapReplicates, ciLevel, seed, multiplicity,
        fdrLevel, permutations, se, sp, n, primaryContrasts, assumedIcc);
  }

  /** A copy with another window K. */
  public AnalysisConfig withK(int newK) {
    return new AnalysisConfig(harmful, newK, baselineArm, bootstrapReplicates, ciLevel, seed, multiplicity,
        fdrLevel, permutations, sensitivity, specificity, validationSize, primaryContrasts, assumedIcc);
  }

  /** The harmful codes as sorted text, e.g. {@code [BL-1, ..., TVE-3]}. */
  public List<String> harmfulCodes() {
    return harmful.stream().map(LabelCode::code).sorted().toList();
  }
}
