package eu.vigil.hashing.video;

/**
 * What {@code ffprobe} says about a file's first video stream.
 *
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param frameRate frames per second: the stream's average frame rate, or its base rate if the
 *     average is unknown (as upstream vPDQ)
 */
public record VideoInfo(int width, int height, double frameRate) {

  /** Checks the values. */
  public VideoInfo {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("width and height must be at least 1, got %dx%d".formatted(width, height));
    }
    if (!(frameRate > 0) || Double.isInfinite(frameRate)) {
      throw new IllegalArgumentException("frame rate must be positive, got " + frameRate);
    }
  }
}
