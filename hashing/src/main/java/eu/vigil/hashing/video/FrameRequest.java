package eu.vigil.hashing.video;

/**
 * Which frames a decoder delivers, as RGB (3 bytes a pixel, row-major).
 */
public sealed interface FrameRequest {

  /**
   * Decoded frames as they are, as upstream vPDQ takes them from libavcodec: no frame dropped or
   * duplicated by timestamps, no rotation applied; with {@code secondsPerFrame > 0} only frame
   * numbers divisible by {@code (int) (secondsPerFrame x frame rate)} (at least 1), as upstream's
   * {@code -s}; at native size or, if {@code side > 0}, squashed to {@code side x side} with area
   * averaging (upstream's {@code SWS_AREA}).
   *
   * @param secondsPerFrame 0 for every frame, else the sampling interval in seconds
   * @param side 0 for native size, else the side of the square frames
   */
  record Decoded(double secondsPerFrame, int side) implements FrameRequest {

    /** Every frame at native size. */
    public static final Decoded ALL = new Decoded(0, 0);

    /** Checks the values. */
    public Decoded {
      if (!(secondsPerFrame >= 0) || secondsPerFrame > 3600 || side < 0 || side > 8192) {
        throw new IllegalArgumentException(
            "seconds per frame must be 0..3600 and side 0..8192, got %s and %d".formatted(secondsPerFrame, side));
      }
    }

    /** The frame-number step for a frame rate: {@code (int) (secondsPerFrame x rate)}, at least 1. */
    public int step(double frameRate) {
      return Math.max(1, (int) (secondsPerFrame * frameRate));
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
