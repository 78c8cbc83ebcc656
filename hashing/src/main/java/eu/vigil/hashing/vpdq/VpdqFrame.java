package eu.vigil.hashing.vpdq;

import eu.vigil.hashing.PdqHash;
import java.util.Locale;
import java.util.Objects;

/**
 * One frame of a vPDQ hash: the PDQ hash of a decoded video frame with its quality, the frame's
 * number in the decoded stream and its presentation time.
 *
 * @param frameNumber 0-based number of the frame in decoding order (of all frames, also skipped ones)
 * @param quality PDQ quality 0..100
 * @param hash the frame's PDQ hash
 * @param timestampSeconds presentation time in seconds, at least 0
 */
public record VpdqFrame(int frameNumber, int quality, PdqHash hash, double timestampSeconds) {

  /** Checks the ranges. */
  public VpdqFrame {
    Objects.requireNonNull(hash, "hash must not be null");
    if (frameNumber < 0) {
      throw new IllegalArgumentException("frame number must be at least 0, got " + frameNumber);
    }
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0..100, got " + quality);
    }
    if (!(timestampSeconds >= 0) || Double.isInfinite(timestampSeconds)) {
      throw new IllegalArgumentException("timestamp must be a finite number of seconds >= 0, got " + timestampSeconds);
    }
  }

  /**
   * The upstream file line {@code frame_number,quality,pdq_hex,timestamp}, the timestamp with three
   * decimals as the C++ tool prints it.
   */
  public String toLine() {
    return frameNumber + "," + quality + "," + hash.toText() + ","
        + String.format(Locale.ROOT, "%.3f", timestampSeconds);
  }
}
