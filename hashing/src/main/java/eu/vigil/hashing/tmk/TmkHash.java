package eu.vigil.hashing.tmk;

import java.util.Arrays;
import java.util.Objects;

/**
 * A TMK+PDQF video hash: the average PDQ float frame feature and, for each period {@code T} and
 * Fourier coefficient index {@code j}, the cosine and sine features (sums over frames {@code t} of
 * the L2-normalised frame feature times {@code cos/sin(2 pi j t / T)}, then L2-normalised and scaled
 * by {@code sqrt(a_j)}). Fixed length for any video length.
 *
 * <p>Immutable: the constructor copies the arrays and the accessors return copies; scoring reads the
 * internal arrays directly. Feature {@code (period i, coefficient j)} occupies
 * {@code [(i * coefficients + j) * dimension, ... + dimension)} of the flat cosine and sine arrays.
 */
public final class TmkHash {

  private final int framesPerSecond;
  private final int frameCount;
  private final int[] periods;
  private final float[] coefficients;
  private final float[] average;
  private final float[] cos;
  private final float[] sin;

  /**
   * A hash from its parts.
   *
   * @param framesPerSecond the frame rate the video was resampled to (15 upstream)
   * @param frameCount frames hashed (after resampling); informational
   * @param periods the periods in frames, each at least 1
   * @param coefficients the Fourier coefficients {@code a_j}
   * @param average the average frame feature ({@code dimension} floats)
   * @param cos cosine features, {@code periods * coefficients * dimension} floats
   * @param sin sine features, same size
   * @throws IllegalArgumentException if the sizes do not fit together
   */
  public TmkHash(int framesPerSecond, int frameCount, int[] periods, float[] coefficients, float[] average,
      float[] cos, float[] sin) {
    Objects.requireNonNull(periods, "periods must not be null");
    Objects.requireNonNull(coefficients, "coefficients must not be null");
    Objects.requireNonNull(average, "average must not be null");
    Objects.requireNonNull(cos, "cos must not be null");
    Objects.requireNonNull(sin, "sin must not be null");
    long features = (long) periods.length * coefficients.length * average.length;
    if (cos.length != features || sin.length != features) {
      throw new IllegalArgumentException("cos and sin must hold periods*coefficients*dimension = %d floats,"
          .formatted(features) + " got %d and %d".formatted(cos.length, sin.length));
    }
    for (int p : periods) {
      if (p < 1) {
        throw new IllegalArgumentException("periods must be at least 1, got " + p);
      }
    }
    this.framesPerSecond = framesPerSecond;
    this.frameCount = frameCount;
    this.periods = periods.clone();
    this.coefficients = coefficients.clone();
    this.average = average.clone();
    this.cos = cos.clone();
    this.sin = sin.clone();
  }

  /** The frame rate the video was resampled to before hashing. */
  public int framesPerSecond() {
    return framesPerSecond;
  }

  /** How many (resampled) frames were hashed; informational, not used in scoring. */
  public int frameCount() {
    return frameCount;
  }

  /** The periods in frames. */
  public int[] periods() {
    return periods.clone();
  }

  /** The Fourier coefficients. */
  public float[] coefficients() {
    return coefficients.clone();
  }

  /** The frame-feature dimension (256 for PDQF). */
  public int dimension() {
    return average.length;
  }

  /** The average frame feature (not normalised). */
  public float[] average() {
    return average.clone();
  }

  /** The cosine features, flat; see the class comment for the layout. */
  public float[] cos() {
    return cos.clone();
  }

  /** The sine features, flat; see the class comment for the layout. */
  public float[] sin() {
    return sin.clone();
  }

  int[] periodsRaw() {
    return periods;
  }

  float[] coefficientsRaw() {
    return coefficients;
  }

  float[] averageRaw() {
    return average;
  }

  float[] cosRaw() {
    return cos;
  }

  float[] sinRaw() {
    return sin;
  }

  /**
   * Whether the two hashes can be scored against each other (upstream {@code areCompatible}): same
   * frame rate, periods, dimension, and coefficients equal within a relative error of 1e-6.
   */
  public boolean isCompatibleWith(TmkHash other) {
    if (framesPerSecond != other.framesPerSecond || !Arrays.equals(periods, other.periods)
        || coefficients.length != other.coefficients.length || dimension() != other.dimension()) {
      return false;
    }
    for (int i = 0; i < coefficients.length; i++) {
      if (!closeRelative(coefficients[i], other.coefficients[i], 1e-6f)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Upstream {@code TMKFeatureVectors::compare} (what {@code tmk-compare-two-tmks} checks): compatible,
   * and every average, cosine and sine value equal within the relative {@code tolerance}.
   */
  public boolean equalsWithin(TmkHash other, float tolerance) {
    return isCompatibleWith(other) && allClose(average, other.average, tolerance)
        && allClose(cos, other.cos, tolerance) && allClose(sin, other.sin, tolerance);
  }

  private static boolean allClose(float[] a, float[] b, float tolerance) {
    for (int i = 0; i < a.length; i++) {
      if (!closeRelative(a[i], b[i], tolerance)) {
        return false;
      }
    }
    return true;
  }

  /** Relative error {@code |a-b| / max(|a|,|b|)} at most {@code tolerance}, in float as upstream. */
  static boolean closeRelative(float a, float b, float tolerance) {
    float m = Math.max(Math.abs(a), Math.abs(b));
    return !(m > 0) || Math.abs((a - b) / m) <= tolerance;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TmkHash that && framesPerSecond == that.framesPerSecond && frameCount == that.frameCount
        && Arrays.equals(periods, that.periods) && Arrays.equals(coefficients, that.coefficients)
        && Arrays.equals(average, that.average) && Arrays.equals(cos, that.cos) && Arrays.equals(sin, that.sin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(framesPerSecond, frameCount, Arrays.hashCode(periods), Arrays.hashCode(average));
  }

  @Override
  public String toString() {
    return "TmkHash[fps=%d, frames=%d, periods=%s, coefficients=%d, dimension=%d]"
        .formatted(framesPerSecond, frameCount, Arrays.toString(periods), coefficients.length, dimension());
  }
}
