package eu.vigil.hashing.video;

/**
 * Which frames vPDQ hashes, as the upstream tool's options: {@code -s} seconds per hash (frame
 * numbers divisible by {@code (int) (seconds x frame rate)}, every frame if that is 0) and {@code -d}
 * downscaling of frames to {@code side x side} before PDQ.
 *
 * @param secondsPerHash 0 for every frame, else the sampling interval in seconds
 * @param side 0 for native size, else the side the frames are squashed to (area averaging)
 */
public record VpdqSampling(double secondsPerHash, int side) {

  /** Every frame at native size (upstream {@code -r 0}; the shipped sample hashes). */
  public static final VpdqSampling EVERY_FRAME = new VpdqSampling(0, 0);

  /** One frame a second at native size (python-threatexchange's default). */
  public static final VpdqSampling ONE_PER_SECOND = new VpdqSampling(1, 0);

  /** Checks the values. */
  public VpdqSampling {
    if (!(secondsPerHash >= 0) || secondsPerHash > 3600) {
      throw new IllegalArgumentException("seconds per hash must be 0..3600, got " + secondsPerHash);
    }
    if (side < 0 || side > 8192) {
      throw new IllegalArgumentException("side must be 0..8192, got " + side);
    }
  }

  /** The decoder request for these options. */
  FrameRequest.Decoded request() {
    return new FrameRequest.Decoded(secondsPerHash, side);
  }
}
