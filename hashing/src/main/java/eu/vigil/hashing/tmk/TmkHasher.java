package eu.vigil.hashing.tmk;

import eu.vigil.hashing.pdq.Luma;
import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.hashing.pdq.Pixels;
import java.util.Objects;

/**
 * Computes a TMK+PDQF hash from a video's frames, streaming, as upstream {@code tmk-hash-video}: the
 * caller feeds the frames resampled to {@value #FRAMES_PER_SECOND} frames per second and
 * {@value #FRAME_SIDE}x{@value #FRAME_SIDE} RGB (upstream has ffmpeg do both: {@code -s 64:64 -r 15
 * -pix_fmt rgb24}); each frame's PDQ float feature is added to the average and, L2-normalised, to
 * the cosine and sine accumulators of every period and coefficient, in the reference's float and
 * double operations. {@link #finish()} normalises them.
 *
 * <p>Memory is fixed (two accumulators of 4 x 32 x 256 floats), whatever the video's length. Not
 * thread-safe; one instance hashes one video.
 */
public final class TmkHasher {

  /** The frame rate upstream resamples to. */
  public static final int FRAMES_PER_SECOND = 15;

  /** The side of the square frames upstream resamples to. */
  public static final int FRAME_SIDE = 64;

  /** The Poullot periods, in frames, as upstream {@code makePoullotPeriods}. */
  static final int[] PERIODS = {2731, 4391, 9767, 14653};

  /** The Poullot Fourier coefficients (m = 32, beta = 32), as upstream tabulates them. */
  static final float[] COEFFICIENTS = floats(new double[] {
    0.0708041893112, 0.13937789309, 0.132897260304, 0.122765735552, 0.109878684888,
    0.09529606433, 0.0800986647852, 0.0652590650356, 0.0515478238322, 0.0394851531195,
    0.0293374252025, 0.0211492623679, 0.0147973073245, 0.0100512818746, 0.0066306408014,
    0.00424947117334, 0.0026467615764, 0.00160270959695, 0.000943882629639, 0.000540841638603,
    0.000301633183798, 0.000163800158855, 8.66454753015e-05, 4.46626303151e-05, 2.24429442235e-05,
    1.09982139799e-05, 5.25823487999e-06, 2.45358229988e-06, 1.11781474895e-06, 4.97406489221e-07,
    2.16265487234e-07, 9.19087006565e-08
  });

  private static final int D = TmkFormat.PDQF_DIMENSION;
  private static final int C = COEFFICIENTS.length;

  private final PdqHasher pdq = new PdqHasher();
  private final float[] average = new float[D];
  private final float[] cos = new float[PERIODS.length * C * D];
  private final float[] sin = new float[PERIODS.length * C * D];
  private final float[] normalized = new float[D];
  private int frames;
  private boolean finished;

  /** A hasher for one video. */
  public TmkHasher() {}

  /**
   * Adds the next frame: {@value #FRAME_SIDE}x{@value #FRAME_SIDE} RGB pixels of the video resampled
   * to {@value #FRAMES_PER_SECOND} frames per second.
   */
  public void addFrame(Pixels frame) {
    Objects.requireNonNull(frame, "frame must not be null");
    if (frame.width() != FRAME_SIDE || frame.height() != FRAME_SIDE) {
      throw new IllegalArgumentException("TMK frames are %dx%d, got %dx%d"
          .formatted(FRAME_SIDE, FRAME_SIDE, frame.width(), frame.height()));
    }
    addFeature(pdq.floatFeature(Luma.of(frame)));
  }

  /** Adds the next frame's PDQ float feature (256 floats); upstream {@code ingestFrameFeature}. */
  void addFeature(float[] feature) {
    if (finished) {
      throw new IllegalStateException("finish() was called already");
    }
    int t = frames;
    for (int k = 0; k < D; k++) {
      average[k] += feature[k];
    }
    System.arraycopy(feature, 0, normalized, 0, D);
    normalize(normalized, 0);
    for (int i = 0; i < PERIODS.length; i++) {
      int base = i * C * D;
      for (int k = 0; k < D; k++) {
        cos[base + k] += normalized[k];
      }
      for (int j = 1; j < C; j++) {
        double arg = 2.0 * Math.PI * (double) j * (double) t / (double) PERIODS[i];
        double cosArg = Math.cos(arg);
        double sinArg = Math.sin(arg);
        int at = base + j * D;
        for (int k = 0; k < D; k++) {
          cos[at + k] = (float) (cos[at + k] + normalized[k] * cosArg);
          sin[at + k] = (float) (sin[at + k] + normalized[k] * sinArg);
        }
      }
    }
    frames++;
  }

  /** Frames added so far. */
  public int frameCount() {
    return frames;
  }

  /**
   * The hash of the frames added (upstream {@code finishFrameFeatureIngest}): the average divided by
   * the frame count, each cosine and sine feature L2-normalised and scaled by {@code sqrt(a_j)}. A
   * video without frames gives all-zero features.
   */
  public TmkHash finish() {
    if (finished) {
      throw new IllegalStateException("finish() was called already");
    }
    finished = true;
    if (frames > 0) {
      for (int k = 0; k < D; k++) {
        average[k] /= (float) frames;
      }
      for (int i = 0; i < PERIODS.length; i++) {
        for (int j = 0; j < C; j++) {
          int at = (i * C + j) * D;
          float scale = (float) Math.sqrt(COEFFICIENTS[j]);
          normalize(cos, at);
          normalize(sin, at);
          for (int k = 0; k < D; k++) {
            cos[at + k] *= scale;
            sin[at + k] *= scale;
          }
        }
      }
    }
    return new TmkHash(FRAMES_PER_SECOND, frames, PERIODS, COEFFICIENTS, average, cos, sin);
  }

  /** Upstream writes the table as double literals narrowed to float; so do we (no double rounding surprise). */
  private static float[] floats(double[] values) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) values[i];
    }
    return out;
  }

  private static void normalize(float[] v, int at) {
    float norm = TmkScores.norm(v, at, D);
    if (norm > 0.0f) {
      for (int k = 0; k < D; k++) {
        v[at + k] /= norm;
      }
    }
  }
}
