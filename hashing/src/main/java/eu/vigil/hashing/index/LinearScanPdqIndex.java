package eu.vigil.hashing.index;

import eu.vigil.hashing.PdqHash;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference PDQ index: compares the query with every stored hash. Obviously correct, used to
 * check {@link PdqIndex} and as the baseline in benchmarks; fine for up to about a million hashes
 * (about 1.3 ms per query per million on one core). Not thread-safe.
 */
public final class LinearScanPdqIndex implements SignalIndex<PdqHash> {

  private long[] words = new long[64];
  private long[] ids = new long[16];
  private int size;
  private final Map<Long, Integer> positions = new HashMap<>();

  @Override
  public void put(long id, PdqHash hash) {
    Objects.requireNonNull(hash, "hash must not be null");
    Integer existing = positions.get(id);
    int position;
    if (existing != null) {
      position = existing;
    } else {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        words = Arrays.copyOf(words, size * 8);
      }
      position = size++;
      positions.put(id, position);
    }
    ids[position] = id;
    hash.copyWords(words, 4 * position);
  }

  @Override
  public boolean remove(long id) {
    Integer position = positions.remove(id);
    if (position == null) {
      return false;
    }
    int last = --size;
    if (position != last) {
      ids[position] = ids[last];
      System.arraycopy(words, 4 * last, words, 4 * position, 4);
      positions.put(ids[position], position);
    }
    return true;
  }

  @Override
  public Optional<PdqHash> get(long id) {
    Integer position = positions.get(id);
    return position == null ? Optional.empty() : Optional.of(PdqHash.fromWords(words, 4 * position));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public List<MatchResult> search(PdqHash query, int radius) {
    Objects.requireNonNull(query, "query must not be null");
    if (radius < 0) {
      throw new IllegalArgumentException("radius must not be negative, got " + radius);
    }
    Search search = new Search(query, radius);
    for (int i = 0; i < size; i++) {
      int d = Long.bitCount(words[4 * i] ^ search.query[0])
          + Long.bitCount(words[4 * i + 1] ^ search.query[1])
          + Long.bitCount(words[4 * i + 2] ^ search.query[2])
          + Long.bitCount(words[4 * i + 3] ^ search.query[3]);
      if (d <= radius) {
        search.add(ids[i], d);
      }
    }
    return search.results();
  }
}
