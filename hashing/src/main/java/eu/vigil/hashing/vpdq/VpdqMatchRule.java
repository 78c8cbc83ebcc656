package eu.vigil.hashing.vpdq;

/**
 * How two vPDQ hashes are compared frame by frame. The two upstream implementations differ, and both
 * conventions are provided so that results can be reproduced against either:
 *
 * <ul>
 *   <li>{@link #CPP_BRUTE} — upstream C++ {@code match-hashes-brute} / {@code matchTwoHashBrute}: frames
 *       with quality below 50 dropped, duplicate frames kept, frames match if their distance is
 *       <em>below</em> 31.
 *   <li>{@link #PYTHON_THREATEXCHANGE} — python-threatexchange {@code match_VPDQ_hash_brute} (what HMA
 *       uses): frames with the same hash de-duplicated (first kept), then quality below 50 dropped,
 *       frames match if their distance is <em>at most</em> 31.
 * </ul>
 *
 * @param distance the distance threshold, 0..256
 * @param inclusive whether a distance equal to {@code distance} matches ({@code <=}) or not ({@code <})
 * @param minQuality frames with a lower quality are ignored, 0..100
 * @param dedupe whether frames with a hash equal to an earlier frame's are ignored
 */
public record VpdqMatchRule(int distance, boolean inclusive, int minQuality, boolean dedupe) {

  /** The upstream C++ brute-force matcher's convention with its usual arguments (31, 50). */
  public static final VpdqMatchRule CPP_BRUTE = new VpdqMatchRule(31, false, 50, false);

  /** python-threatexchange's convention with its defaults (31, 50). */
  public static final VpdqMatchRule PYTHON_THREATEXCHANGE = new VpdqMatchRule(31, true, 50, true);

  /** Checks the ranges. */
  public VpdqMatchRule {
    if (distance < 0 || distance > 256) {
      throw new IllegalArgumentException("distance must be 0..256, got " + distance);
    }
    if (minQuality < 0 || minQuality > 100) {
      throw new IllegalArgumentException("minimum quality must be 0..100, got " + minQuality);
    }
  }

  /** Whether two frame hashes at this Hamming distance match. */
  public boolean framesMatch(int frameDistance) {
    return inclusive ? frameDistance <= distance : frameDistance < distance;
  }
}
