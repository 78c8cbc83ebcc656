package eu.vigil.hashing.vpdq;

import eu.vigil.hashing.PdqHash;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The bag-of-frames comparison of a query video's vPDQ hash with a target's: the share of the
 * query's (kept) frames that have some matching target frame, and the share of the target's that
 * have some matching query frame. Frame order and timestamps play no part, so a clip matches the
 * video it was cut from on the query side.
 *
 * @param queryPercent matched query frames x 100 / kept query frames, 0..100
 * @param targetPercent matched target frames x 100 / kept target frames, 0..100
 * @param queryFrames query frames kept by the rule (after de-duplication and the quality filter)
 * @param targetFrames target frames kept by the rule
 */
public record VpdqMatch(double queryPercent, double targetPercent, int queryFrames, int targetFrames) {

  /** python-threatexchange's default query-side threshold, 80 %. */
  public static final double DEFAULT_QUERY_PERCENT = 80.0;

  /** python-threatexchange's default target (index) side threshold, 0 %. */
  public static final double DEFAULT_TARGET_PERCENT = 0.0;

  /**
   * Compares the two hashes under the rule. If either side keeps no frame, both percentages are 0
   * (as the C++ matcher; python-threatexchange would divide by zero there).
   */
  public static VpdqMatch of(List<VpdqFrame> query, List<VpdqFrame> target, VpdqMatchRule rule) {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    long[] q = kept(query, rule);
    long[] t = kept(target, rule);
    int qn = q.length / 4;
    int tn = t.length / 4;
    if (qn == 0 || tn == 0) {
      return new VpdqMatch(0, 0, qn, tn);
    }
    return new VpdqMatch(matched(q, t, rule) * 100.0 / qn, matched(t, q, rule) * 100.0 / tn, qn, tn);
  }

  /**
   * Whether the videos match: the query share at least {@code minQueryPercent} and the target share
   * at least {@code minTargetPercent}.
   */
  public boolean matches(double minQueryPercent, double minTargetPercent) {
    return queryPercent >= minQueryPercent && targetPercent >= minTargetPercent;
  }

  /** Whether the videos match under python-threatexchange's default thresholds (80 %, 0 %). */
  public boolean matchesByDefault() {
    return matches(DEFAULT_QUERY_PERCENT, DEFAULT_TARGET_PERCENT);
  }

  /** The kept frames' hashes, four words each, in frame order. */
  private static long[] kept(List<VpdqFrame> frames, VpdqMatchRule rule) {
    List<PdqHash> out = new ArrayList<>(frames.size());
    Set<PdqHash> seen = rule.dedupe() ? new HashSet<>() : Set.of();
    for (VpdqFrame f : frames) {
      if (rule.dedupe() && !seen.add(f.hash())) {
        continue;
      }
      if (f.quality() >= rule.minQuality()) {
        out.add(f.hash());
      }
    }
    long[] words = new long[out.size() * 4];
    for (int i = 0; i < out.size(); i++) {
      out.get(i).copyWords(words, i * 4);
    }
    return words;
  }

  /** How many frames of {@code a} match some frame of {@code b}. */
  private static int matched(long[] a, long[] b, VpdqMatchRule rule) {
    int count = 0;
    for (int i = 0; i < a.length; i += 4) {
      for (int j = 0; j < b.length; j += 4) {
        int d = Long.bitCount(a[i] ^ b[j]) + Long.bitCount(a[i + 1] ^ b[j + 1])
            + Long.bitCount(a[i + 2] ^ b[j + 2]) + Long.bitCount(a[i + 3] ^ b[j + 3]);
        if (rule.framesMatch(d)) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
