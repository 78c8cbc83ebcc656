package eu.vigil.hashing.video;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on decoding one video, so that hostile files (huge dimensions, endless or very long
 * streams, decompression bombs) fail with {@link UnreadableVideoException} instead of using
 * unbounded time or memory.
 *
 * @param maxInputBytes largest file accepted
 * @param maxPixels largest frame (width x height) accepted, checked on the probed size before
 *     decoding; the decoder itself refuses coded frames above twice this ({@code -max_pixels})
 * @param maxFrames most frames delivered; a stream with more fails
 * @param timeout wall-clock time for probing and decoding together; the subprocess is killed after it
 */
public record VideoLimits(long maxInputBytes, long maxPixels, int maxFrames, Duration timeout) {

  /**
   * Defaults for uploads: 512 MiB, 8K UHD frames (7680 x 4320), 108,000 frames (an hour at 30 fps),
   * ten minutes.
   */
  public static final VideoLimits DEFAULT = new VideoLimits(512L << 20, 7680L * 4320, 108_000, Duration.ofMinutes(10));

  /** Checks the values. */
  public VideoLimits {
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (maxInputBytes < 1 || maxPixels < 25 || maxFrames < 1 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive (and frames at least 5x5)");
    }
  }
}
