package eu.vigil.hashing.index;

import java.util.stream.IntStream;

/**
 * An immutable multi-index-hashing structure over the hashes in slots {@code [start, end)} of a
 * {@link HashStore} (Norouzi, Punjani, Fleet: "Fast search in Hamming space with multi-index
 * hashing").
 *
 * <p>The 256 bits are cut into {@code m} disjoint substrings of about log2(n) bits and every
 * substring has a table from its value to the slots holding it (a counting-sorted directory). If two
 * hashes are within distance r, then with {@code r = m*q + a} one of the first {@code a + 1}
 * substrings differs by at most {@code q} bits or one of the others by at most {@code q - 1}
 * (pigeonhole): probing every value within that many bits of the query's substrings finds every
 * match, and the full distance of each candidate is then checked. A candidate found through several
 * tables is reported only from the first one that can reach it, so results have no duplicates.
 *
 * <p>Segments too small for tables to pay off, and queries whose radius would need more probes than
 * a scan, fall back to scanning the segment.
 */
final class MihSegment {

  /** Below this many slots a segment is scanned instead of indexed. */
  static final int MIN_INDEXED = 4096;
  private static final int MAX_SUBSTRING_BITS = 24;

  final int start;
  final int end;
  private final int[] offsets;
  private final int[] lengths;
  private final int[][] directories;
  private final int[][] entries;

  private MihSegment(int start, int end, int[] offsets, int[] lengths, int[][] directories, int[][] entries) {
    this.start = start;
    this.end = end;
    this.offsets = offsets;
    this.lengths = lengths;
    this.directories = directories;
    this.entries = entries;
  }

  /** Builds the tables over the live slots in {@code [start, end)}. */
  static MihSegment build(HashStore store, int start, int end) {
    return build(store, start, end, MIN_INDEXED);
  }

  /** As {@link #build(HashStore, int, int)} with a given minimum size for tables (tests use small ones). */
  static MihSegment build(HashStore store, int start, int end, int minIndexed) {
    int live = store.liveCount(start, end);
    if (live < Math.max(2, minIndexed)) {
      return new MihSegment(start, end, new int[0], new int[0], new int[0][], new int[0][]);
    }
    int bits = Math.min(MAX_SUBSTRING_BITS, 31 - Integer.numberOfLeadingZeros(live));
    int m = (256 + bits - 1) / bits;
    int[] offsets = new int[m];
    int[] lengths = new int[m];
    int base = 256 / m;
    int longer = 256 % m;
    for (int t = 0, off = 0; t < m; t++) {
      lengths[t] = base + (t < longer ? 1 : 0);
      offsets[t] = off;
      off += lengths[t];
    }
    int[][] directories = new int[m][];
    int[][] entries = new int[m][];
    // Large segments build their tables on all cores; each worker reuses one pair of sort buffers.
    int workers = live > 200_000 ? Math.min(m, Runtime.getRuntime().availableProcessors()) : 1;
    IntStream.range(0, workers).parallel().forEach(worker -> {
      long[] pairs = new long[live];
      long[] scratch = new long[live];
      for (int t = worker; t < m; t += workers) {
        directories[t] = new int[(1 << lengths[t]) + 1];
        entries[t] = new int[live];
        buildTable(store, start, end, offsets[t], lengths[t], directories[t], entries[t], pairs, scratch);
      }
    });
    return new MihSegment(start, end, offsets, lengths, directories, entries);
  }

  /**
   * Fills one table: the live slots sorted by their substring (stable, so slots ascend within a
   * value) and the directory from value to the first of its slots. The sort is a two-pass LSD radix
   * sort of (value, slot) pairs, which reads and writes memory in streams instead of jumping around
   * a directory of millions of entries for every slot.
   */
  private static void buildTable(
      HashStore store, int start, int end, int offset, int length, int[] directory, int[] slots,
      long[] pairs, long[] scratch) {
    int n = slots.length;
    long[] words = store.words;
    boolean allLive = store.deadCount() == 0;
    int i = 0;
    for (int s = start; s < end; s++) {
      if (allLive || store.isLive(s)) {
        pairs[i++] = ((long) key(words, s, offset, length) << 32) | s;
      }
    }
    int lowBits = length / 2;
    radixPass(pairs, scratch, n, 32, lowBits);
    radixPass(scratch, pairs, n, 32 + lowBits, length - lowBits);
    for (int k = 0; k < n; k++) {
      long pair = pairs[k];
      slots[k] = (int) pair;
      directory[(int) (pair >>> 32) + 1]++;
    }
    for (int k = 1; k < directory.length; k++) {
      directory[k] += directory[k - 1];
    }
  }

  /** One stable counting-sort pass by {@code bits} bits starting at bit {@code shift}. */
  private static void radixPass(long[] from, long[] to, int n, int shift, int bits) {
    int mask = (1 << bits) - 1;
    int[] next = new int[(1 << bits) + 1];
    for (int k = 0; k < n; k++) {
      next[((int) (from[k] >>> shift) & mask) + 1]++;
    }
    for (int d = 1; d < next.length; d++) {
      next[d] += next[d - 1];
    }
    for (int k = 0; k < n; k++) {
      long v = from[k];
      to[next[(int) (v >>> shift) & mask]++] = v;
    }
  }

  int size() {
    return end - start;
  }

  boolean isIndexed() {
    return offsets.length > 0;
  }

  /** Bits {@code [offset, offset + length)} of the hash in {@code slot}, length at most 31. */
  static int key(long[] words, int slot, int offset, int length) {
    int w = 4 * slot + (offset >>> 6);
    int shift = offset & 63;
    long v = words[w] >>> shift;
    if (shift + length > 64) {
      v |= words[w + 1] << (64 - shift);
    }
    return (int) (v & ((1L << length) - 1));
  }

  /** Adds every live slot of this segment within the query's radius to the search. */
  void search(HashStore store, Search search) {
    if (!isIndexed()) {
      search.scan(store, start, end);
      return;
    }
    int m = offsets.length;
    int q = search.radius / m;
    int a = search.radius - m * q;
    int[] radii = new int[m];
    double probes = 0;
    for (int t = 0; t < m; t++) {
      radii[t] = t <= a ? q : q - 1;
      probes += ballSize(lengths[t], radii[t]);
    }
    double expectedCandidates = probes * (double) size() / (1 << lengths[m - 1]);
    if (probes + expectedCandidates > size()) {
      search.scan(store, start, end);
      return;
    }
    long[] queryWords = search.query;
    for (int t = 0; t < m; t++) {
      if (radii[t] < 0) {
        continue;
      }
      int queryKey = key(queryWords, 0, offsets[t], lengths[t]);
      probe(store, search, t, radii, queryKey, 0, radii[t]);
    }
  }

  private void probe(HashStore store, Search search, int t, int[] radii, int key, int fromBit, int flipsLeft) {
    int[] directory = directories[t];
    int[] slots = entries[t];
    for (int e = directory[key], stop = directory[key + 1]; e < stop; e++) {
      int slot = slots[e];
      if (!store.isLive(slot)) {
        continue;
      }
      int distance = store.distance(slot, search.query);
      if (distance <= search.radius && !reachedEarlier(store, slot, search.query, t, radii)) {
        search.add(store.ids[slot], distance);
      }
    }
    if (flipsLeft > 0) {
      for (int b = fromBit; b < lengths[t]; b++) {
        probe(store, search, t, radii, key ^ (1 << b), b + 1, flipsLeft - 1);
      }
    }
  }

  /** Whether an earlier table's probes also reach this slot (so it was reported there). */
  private boolean reachedEarlier(HashStore store, int slot, long[] query, int t, int[] radii) {
    for (int u = 0; u < t; u++) {
      if (radii[u] >= 0) {
        int diff = key(store.words, slot, offsets[u], lengths[u]) ^ key(query, 0, offsets[u], lengths[u]);
        if (Integer.bitCount(diff) <= radii[u]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Number of values within {@code radius} bits of a {@code bits}-bit value. */
  private static double ballSize(int bits, int radius) {
    double total = 0;
    double choose = 1;
    for (int i = 0; i <= radius; i++) {
      total += choose;
      choose = choose * (bits - i) / (i + 1);
    }
    return total;
  }
}
