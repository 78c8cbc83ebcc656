package eu.vigil.hashing.index;

import java.util.Comparator;

/**
 * One stored entry that matched a query.
 *
 * @param id the id the entry was stored under
 * @param distance Hamming distance between the query and the stored hash (0 for exact hashes)
 */
public record MatchResult(long id, int distance) {

  /** The order of search results: nearest first, then by id. */
  public static final Comparator<MatchResult> NEAREST_FIRST =
      Comparator.comparingInt(MatchResult::distance).thenComparingLong(MatchResult::id);

  /** Checks the distance. */
  public MatchResult {
    if (distance < 0) {
      throw new IllegalArgumentException("distance must not be negative, got " + distance);
    }
  }
}
