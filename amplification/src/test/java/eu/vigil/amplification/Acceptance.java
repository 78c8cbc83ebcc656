package eu.vigil.amplification;

/**
 * Replicate counts of the acceptance tests. The unit suite uses reduced counts where stated; the
 * {@code full-acceptance} Maven profile ({@code -Pfull-acceptance}) sets {@code vigil.acceptance.full}
 * and runs the spec's counts.
 */
public final class Acceptance {

  private Acceptance() {}

  /** Whether the spec's full replicate counts are requested. */
  public static boolean full() {
    return Boolean.parseBoolean(System.getProperty("vigil.acceptance.full", "false"));
  }

  /** {@code spec} with the full profile, else {@code reduced}. */
  public static int count(int spec, int reduced) {
    return full() ? spec : reduced;
  }
}
