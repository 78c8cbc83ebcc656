package eu.vigil.hashing.video;

/**
 * Which frames a decoder delivers, as RGB (3 bytes a pixel, row-major).
 */
public sealed interface FrameRequest {

  /**
   * Decoded frames as they are, as upstream vPDQ takes them from libavcodec: every
   * {@code every}-th frame in decoding order (frame numbers 0, every, 2*every, ...), no frame
   * dropped or duplicated by timestamps, no rotation applied; at native size or, if
   * {@code side > 0}, squashed to {@code side x side} with area averaging (upstream's
   * {@code SWS_AREA}).
   *
   * @param every deliver frame numbers divisible by this, at least 1
   * @param side 0 for native size, else the side of the square frames
   */
  record Decoded(int every, int side) implements FrameRequest {

    /** Every frame at native size. */
    public static final Decoded ALL = new Decoded(1, 0);

    /** Checks the values. */
    public Decoded {
      if (every < 1 || side < 0 || side > 8192) {
        throw new IllegalArgumentException(
            "every must be at least 1 and side 0..8192, got %d and %d".formatted(every, side));
      }
    }
  }

  /**
   * Frames resampled in time to {@code framesPerSecond} and in space to {@code width x height}, as
   * the FFmpeg command line does with {@code -r} and {@code -s} (upstream TMK's input).
   *
   * @param width frame width
   * @param height frame height
   * @param framesPerSecond output frame rate
   */
  record Resampled(int width, int height, int framesPerSecond) implements FrameRequest {

    /** Checks the values. */
    public Resampled {
      if (width < 1 || height < 1 || width > 8192 || height > 8192 || framesPerSecond < 1 || framesPerSecond > 240) {
        throw new IllegalArgumentException("bad resampling %dx%d at %d fps".formatted(width, height, framesPerSecond));
      }
    }
  }
}
