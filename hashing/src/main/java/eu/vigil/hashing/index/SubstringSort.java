package eu.vigil.hashing.index;

import java.util.stream.IntStream;

/**
 * Builds the tables of a segment: for each substring, the live slots sorted by their substring value
 * (stable, so slots ascend within a value) and a directory from value to the first of its slots.
 */
final class SubstringSort {

  private SubstringSort() {}

  /** Fills table {@code t} given one worker's sort buffers of {@code live} longs each. */
  @FunctionalInterface
  interface TableBuilder {
    void build(int t, long[] pairs, long[] scratch);
  }

  /**
   * Calls {@code builder} for every table; large segments use all cores, each worker reusing one
   * pair of sort buffers.
   */
  static void forEachTable(int tables, int live, TableBuilder builder) {
    int workers = live > 200_000 ? Math.min(tables, Runtime.getRuntime().availableProcessors()) : 1;
    IntStream.range(0, workers).parallel().forEach(worker -> {
      long[] pairs = new long[live];
      long[] scratch = new long[live];
      for (int t = worker; t < tables; t += workers) {
        builder.build(t, pairs, scratch);
      }
    });
  }

  /**
   * Sorts the live slots of {@code [start, end)} by bits {@code [offset, offset + length)} into
   * {@code slots} and fills {@code directory} (2^length + 1 entries, zeroed). The sort is a two-pass
   * LSD radix sort of (value, slot) pairs, which reads and writes memory in streams instead of
   * jumping around a directory of millions of entries for every slot.
   */
  static void sort(
      HashStore store, int start, int end, int offset, int length, int[] directory, int[] slots,
      long[] pairs, long[] scratch) {
    int n = slots.length;
    long[] words = store.words;
    boolean allLive = store.deadCount() == 0;
    int i = 0;
    for (int s = start; s < end; s++) {
      if (allLive || store.isLive(s)) {
        pairs[i++] = ((long) SubstringPlan.key(words, s, offset, length) << 32) | s;
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
}
