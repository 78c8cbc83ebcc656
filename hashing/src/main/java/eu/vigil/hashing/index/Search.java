package eu.vigil.hashing.index;

import eu.vigil.hashing.PdqHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The state of one radius query: the query words, the radius and the results found so far. */
final class Search {

  final long[] query = new long[4];
  final int radius;
  /** Sink for reads made only to bring memory into the cache (keeps them from being optimised away). */
  long touched;
  private long[] ids = new long[16];
  private int[] distances = new int[16];
  private int size;

  Search(PdqHash query, int radius) {
    query.copyWords(this.query, 0);
    this.radius = radius;
  }

  void add(long id, int distance) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      distances = Arrays.copyOf(distances, size * 2);
    }
    ids[size] = id;
    distances[size] = distance;
    size++;
  }

  /** Checks every live slot in {@code [start, end)}. */
  void scan(HashStore store, int start, int end) {
    long[] w = store.words;
    long q0 = query[0];
    long q1 = query[1];
    long q2 = query[2];
    long q3 = query[3];
    for (int s = start, i = 4 * start; s < end; s++, i += 4) {
      int d = Long.bitCount(w[i] ^ q0) + Long.bitCount(w[i + 1] ^ q1)
          + Long.bitCount(w[i + 2] ^ q2) + Long.bitCount(w[i + 3] ^ q3);
      if (d <= radius && store.isLive(s)) {
        add(store.ids[s], d);
      }
    }
  }

  List<MatchResult> results() {
    List<MatchResult> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new MatchResult(ids[i], distances[i]));
    }
    out.sort(MatchResult.NEAREST_FIRST);
    return out;
  }
}
