package eu.vigil.amplification.synthetic;

import eu.vigil.amplification.stats.AccountCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.Well19937c;

/**
 * The R8 multiplicity grid: 5 platforms × 8 languages × 3 ideologies = 120 cells, of which 10 (fixed,
 * spread over the grid) have true AR = 2 (p_t = 0.10) and 110 are null (p_t = p_b = 0.05); K = 30,
 * Beta concentration 20.
 */
public final class GridDesign {

  /** Platforms of the grid. */
  public static final List<String> PLATFORMS = List.of("facebook", "instagram", "tiktok", "x", "youtube");
  /** Languages of the grid with their markets. */
  public static final List<String[]> LANGUAGES = List.of(new String[] {"de", "DE"}, new String[] {"fr", "FR"},
      new String[] {"it", "IT"}, new String[] {"es", "ES"}, new String[] {"pl", "PL"},
      new String[] {"nl", "NL"}, new String[] {"sv", "SE"}, new String[] {"hu", "HU"});
  /** Ideologies of the grid. */
  public static final List<String> IDEOLOGIES = List.of("jihadist", "vrwe", "left_wing");
  /** Number of cells with true AR = 2. */
  public static final int AMPLIFIED = 10;

  private GridDesign() {}

  /**
   * One grid cell at the level of per-account counts.
   *
   * @param index 0..119
   * @param platform platform
   * @param language language
   * @param ideology ideology
   * @param amplified whether the true AR is 2 (else 1)
   * @param treat treated accounts' counts
   * @param base baseline accounts' counts
   */
  public record Cell(int index, String platform, String language, String ideology, boolean amplified,
      AccountCounts treat, AccountCounts base) {}

  /** Whether grid cell {@code index} is one of the 10 amplified cells (every 12th, from 5). */
  public static boolean amplified(int index) {
    return index % 12 == 5;
  }

  /** Per-account counts of all 120 cells, without building impressions (fast path for simulations). */
  public static List<Cell> counts(long seed, int accountsPerArm) {
    SplittableRandom rngs = new SplittableRandom(seed);
    Well19937c beta = new Well19937c(seed * 31 + 7);
    List<Cell> cells = new ArrayList<>();
    int index = 0;
    for (String platform : PLATFORMS) {
      for (String[] lang : LANGUAGES) {
        for (String ideology : IDEOLOGIES) {
          boolean amp = amplified(index);
          ArmDesign t = new ArmDesign(amp ? 0.10 : 0.05, 20, 0);
          ArmDesign b = new ArmDesign(0.05, 20, 0);
          cells.add(new Cell(index, platform, lang[0], ideology, amp, arm(t, accountsPerArm, beta, rngs),
              arm(b, accountsPerArm, beta, rngs)));
          index++;
        }
      }
    }
    return cells;
  }

  private static AccountCounts arm(ArmDesign d, int n, Well19937c beta, SplittableRandom rngs) {
    int[] h = new int[n];
    int[] m = new int[n];
    for (int a = 0; a < n; a++) {
      h[a] = d.drawCount(30, beta, rngs);
      m[a] = 30;
    }
    return new AccountCounts(h, m);
  }
}
