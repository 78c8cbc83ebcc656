package eu.vigil.cli;

import eu.vigil.hashing.index.MatchResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline the benchmarks compare with: one pass over all hashes with {@code Long.bitCount},
 * one thread, on the same array the index uses. Ids are slot numbers.
 */
final class LinearScan {

  private LinearScan() {}

  /** Every slot within {@code radius} of the query, nearest first, then by slot. */
  static List<MatchResult> search(long[] words, int size, long[] query, int radius) {
    long q0 = query[0];
    long q1 = query[1];
    long q2 = query[2];
    long q3 = query[3];
    List<MatchResult> out = new ArrayList<>();
    for (int s = 0, i = 0; s < size; s++, i += 4) {
      int d = Long.bitCount(words[i] ^ q0) + Long.bitCount(words[i + 1] ^ q1)
          + Long.bitCount(words[i + 2] ^ q2) + Long.bitCount(words[i + 3] ^ q3);
      if (d <= radius) {
        out.add(new MatchResult(s, d));
      }
    }
    out.sort(MatchResult.NEAREST_FIRST);
    return out;
  }
}
