package eu.vigil.hashing.tmk;

import java.util.Objects;

/**
 * Scores of a pair of TMK+PDQF hashes, computed as upstream {@code TMKFeatureVectors} does
 * ({@code computeLevel1Score}, {@code computeLevel2Score}) with the same float operations in the same
 * order, so results agree with {@code tmk-two-level-score} to float round-off.
 *
 * <ul>
 *   <li><b>Level 1</b>: cosine similarity of the two average features; cheap, a first filter.
 *   <li><b>Level 2</b>: for each period, the kernel value at the best time offset modulo the period
 *       (from the cosine/sine feature dot products, the offsets stepped with the incremental
 *       sine/cosine recurrence of upstream), the maximum over periods divided by
 *       {@code a_0 + 2 (a_1 + ... + a_{m-1})}; 1 for identical videos.
 * </ul>
 *
 * @param level1 cosine similarity of the average features, -1..1
 * @param level2 the normalised temporal match kernel score, about 0..1
 */
public record TmkScores(float level1, float level2) {

  /** Upstream's suggested threshold for both levels ({@code tmk_default_thresholds.h}). */
  public static final float DEFAULT_THRESHOLD = 0.7f;

  /**
   * Both scores of the pair.
   *
   * @throws IllegalArgumentException if the hashes are not {@linkplain TmkHash#isCompatibleWith compatible}
   */
  public static TmkScores of(TmkHash a, TmkHash b) {
    return new TmkScores(level1(a, b), level2(a, b));
  }

  /** Whether both scores reach the threshold (upstream: level 1 first, level 2 only if it passed). */
  public boolean matches(float threshold) {
    return level1 >= threshold && level2 >= threshold;
  }

  /** The level-1 score: cosine similarity of the average features, 0 if both are zero vectors. */
  public static float level1(TmkHash a, TmkHash b) {
    requireCompatible(a, b);
    float[] u = a.averageRaw();
    float[] v = b.averageRaw();
    float nu = norm(u, 0, u.length);
    float nv = norm(v, 0, v.length);
    if (nu == 0.0f && nv == 0.0f) {
      return 0.0f;
    }
    return dot(u, 0, v, 0, u.length) / (nu * nv);
  }

  /** The level-2 score: the best per-period kernel value over the pair-score normaliser. */
  public static float level2(TmkHash a, TmkHash b) {
    requireCompatible(a, b);
    int[] periods = a.periodsRaw();
    int c = a.coefficientsRaw().length;
    int d = a.dimension();
    if (periods.length == 0 || c == 0) {
      return 0.0f / normalizer(a.coefficientsRaw());
    }
    float best = 0.0f;
    for (int i = 0; i < periods.length; i++) {
      float[] cc = new float[c];
      float[] ss = new float[c];
      float[] sc = new float[c];
      float[] cs = new float[c];
      for (int j = 0; j < c; j++) {
        int at = (i * c + j) * d;
        cc[j] = dot(a.cosRaw(), at, b.cosRaw(), at, d);
        ss[j] = dot(a.sinRaw(), at, b.sinRaw(), at, d);
        sc[j] = dot(a.sinRaw(), at, b.cosRaw(), at, d);
        cs[j] = dot(a.cosRaw(), at, b.sinRaw(), at, d);
      }
      float periodBest = bestOffsetValue(periods[i], cc, ss, sc, cs);
      if (i == 0 || best < periodBest) {
        best = periodBest;
      }
    }
    return best / normalizer(a.coefficientsRaw());
  }

  /** The largest kernel value over offsets 0..period-1 (upstream {@code findPairOffsetsModuloPeriods}). */
  private static float bestOffsetValue(int period, float[] cc, float[] ss, float[] sc, float[] cs) {
    float max = 0.0f;
    for (int offset = 0; offset < period; offset++) {
      float delta = (float) (2.0 * Math.PI * (float) offset / (float) period);
      float k = cc[0];
      float cosJd = 1;
      float sinJd = 0;
      float beta = (float) Math.sin(delta);
      float alpha = (float) Math.sin(delta / 2);
      alpha = 2 * alpha * alpha;
      for (int j = 1; j < cc.length; j++) {
        float nextCos = (alpha * cosJd) + (beta * sinJd);
        float nextSin = (alpha * sinJd) - (beta * cosJd);
        cosJd -= nextCos;
        sinJd -= nextSin;
        k += cosJd * (cc[j] + ss[j]);
        k += sinJd * (sc[j] - cs[j]);
      }
      if (offset == 0 || k > max) {
        max = k;
      }
    }
    return max;
  }

  /** {@code a_0 + 2 a_1 + ... + 2 a_{m-1}}, accumulated as upstream (double products, float sum). */
  static float normalizer(float[] coefficients) {
    if (coefficients.length == 0) {
      return 1.0f;
    }
    float n = coefficients[0];
    for (int j = 1; j < coefficients.length; j++) {
      n += 2.0 * coefficients[j];
    }
    return n;
  }

  static float dot(float[] u, int uAt, float[] v, int vAt, int n) {
    float sum = 0.0f;
    for (int i = 0; i < n; i++) {
      sum += u[uAt + i] * v[vAt + i];
    }
    return sum;
  }

  static float norm(float[] u, int at, int n) {
    float sum = 0.0f;
    for (int i = 0; i < n; i++) {
      float e = u[at + i];
      sum += e * e;
    }
    return (float) Math.sqrt(sum);
  }

  private static void requireCompatible(TmkHash a, TmkHash b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    if (!a.isCompatibleWith(b)) {
      throw new IllegalArgumentException("TMK hashes are not comparable: " + a + " vs " + b);
    }
  }
}
