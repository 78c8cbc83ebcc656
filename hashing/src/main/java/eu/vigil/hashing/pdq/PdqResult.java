package eu.vigil.hashing.pdq;

import eu.vigil.hashing.PdqHash;
import java.util.Objects;

/**
 * A PDQ hash with the quality of the image it was computed from.
 *
 * @param hash the hash
 * @param quality 0..100; low values mean a flat, featureless image whose hash is unreliable
 */
public record PdqResult(PdqHash hash, int quality) {

  /**
   * Hashes of images with a quality below this are not worth storing or matching
   * (python-threatexchange refuses to emit them).
   */
  public static final int MIN_USEFUL_QUALITY = 50;

  /** Checks the quality range. */
  public PdqResult {
    Objects.requireNonNull(hash, "hash must not be null");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0..100, got " + quality);
    }
  }

  /** Whether the quality is at least {@link #MIN_USEFUL_QUALITY}. */
  public boolean isUseful() {
    return quality >= MIN_USEFUL_QUALITY;
  }

  /** The upstream one-line text form: {@code hash,quality}. */
  @Override
  public String toString() {
    return hash.toText() + "," + quality;
  }
}
