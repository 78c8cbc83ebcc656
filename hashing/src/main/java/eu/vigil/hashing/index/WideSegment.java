package eu.vigil.hashing.index;

/**
 * The wide layout of a {@link Segment}: per substring (16 tables of 16 bits at 1M hashes, see {@link
 * SubstringPlan#wide}) a directory from substring value to its entries, and with every entry, next
 * to its slot, an inline copy of 128 bits of the hash (the half of the hash not containing the
 * table's substring, where possible). The entries of a bucket are contiguous, so a probe reads its
 * candidates' inline bits as one sequential run and compares them with the query: the distance on
 * 128 bits is a lower bound of the full distance, and a random non-matching hash passes a radius-31
 * test on them with a probability of about 1e-9. Only candidates that pass read the full hash, the
 * liveness bit and the check that an earlier table already reported them (as in {@link MihSegment}).
 *
 * <p>At radius 31 with 16 tables every table is probed at radius 1: 16 x 17 = 272 probes and, at 1M
 * hashes, about 4,150 inline candidates per query, against about 950 probes and 3,600 random
 * full-hash reads in the compact layout.
 *
 * <p>Memory: 20 bytes per live slot and table (4 slot + 16 inline) plus 4 bytes per directory
 * entry: with 16 tables of 16 bits, 320 bytes per hash plus 4 MB, i.e. about 324 MB at 1M hashes on
 * top of the 40 bytes per hash of the store. {@link PdqIndex} therefore only uses it while the whole
 * index holds at most {@link PdqIndex#WIDE_MAX_LIVE} entries.
 */
final class WideSegment implements Segment {

  private final int start;
  private final int end;
  private final SubstringPlan plan;
  private final int[][] directories;
  private final int[][] entries;
  /** Per table: two words of each entry's hash, in entry order. */
  private final long[][] inline;
  /** Per table: the first of the two hash words held inline (0 or 2). */
  private final int[] inlineWord;

  private WideSegment(
      int start, int end, SubstringPlan plan, int[][] directories, int[][] entries, long[][] inline,
      int[] inlineWord) {
    this.start = start;
    this.end = end;
    this.plan = plan;
    this.directories = directories;
    this.entries = entries;
    this.inline = inline;
    this.inlineWord = inlineWord;
  }

  /** Builds the tables of {@code plan} over the {@code live} live slots in {@code [start, end)}. */
  static WideSegment build(HashStore store, int start, int end, int live, SubstringPlan plan) {
    int m = plan.tables();
    int[][] directories = new int[m][];
    int[][] entries = new int[m][];
    long[][] inline = new long[m][];
    int[] inlineWord = new int[m];
    for (int t = 0; t < m; t++) {
      // The half of the hash that overlaps the substring less: its inline bits are then mostly
      // bits the probe says nothing about.
      int inFirstHalf = Math.max(0, Math.min(128, plan.offsets()[t] + plan.lengths()[t]) - plan.offsets()[t]);
      inlineWord[t] = 2 * inFirstHalf >= plan.lengths()[t] ? 2 : 0;
    }
    long[] words = store.words;
    SubstringSort.forEachTable(m, live, (t, pairs, scratch) -> {
      directories[t] = new int[(1 << plan.lengths()[t]) + 1];
      int[] slots = new int[live];
      SubstringSort.sort(store, start, end, plan.offsets()[t], plan.lengths()[t], directories[t], slots,
          pairs, scratch);
      long[] bits = new long[2 * live];
      int w = inlineWord[t];
      for (int e = 0; e < live; e++) {
        int at = 4 * slots[e] + w;
        bits[2 * e] = words[at];
        bits[2 * e + 1] = words[at + 1];
      }
      entries[t] = slots;
      inline[t] = bits;
    });
    return new WideSegment(start, end, plan, directories, entries, inline, inlineWord);
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  @Override
  public boolean isWide() {
    return true;
  }

  @Override
  public void search(HashStore store, Search search) {
    if (plan.scanIsCheaper(search.radius, size(), SubstringPlan.WIDE_CANDIDATE_COST)) {
      search.scan(store, start, end);
      return;
    }
    Probes probes = new Probes(store, search, plan.radii(search.radius));
    for (int t = 0; t < plan.tables(); t++) {
      if (probes.radii[t] >= 0) {
        int queryKey = SubstringPlan.key(search.query, 0, plan.offsets()[t], plan.lengths()[t]);
        probes.collect(t, queryKey, 0, probes.radii[t]);
      }
    }
    probes.run();
  }

  /**
   * The buckets of one query, visited in batches (all 272 at once at radius 31): first every
   * bucket's directory entry is read, then one word of every 64-byte line of its inline bits is
   * touched, and only then are the entries filtered. The reads of each phase do not depend on each
   * other, so the processor keeps many cache misses in flight instead of waiting for one bucket
   * after the other (Java has no prefetch instruction; measured about twice as fast as probing
   * bucket after bucket).
   */
  private final class Probes {
    private static final int BATCH = 512;
    /** Inline entries (16 bytes each) per 64-byte cache line. */
    private static final int ENTRIES_PER_LINE = 4;

    final HashStore store;
    final Search search;
    final int[] radii;
    final int[] tables;
    final int[] keys;
    final int[] begins;
    final int[] ends;
    int size;

    Probes(HashStore store, Search search, int[] radii) {
      this.store = store;
      this.search = search;
      this.radii = radii;
      int capacity = (int) Math.min(BATCH, plan.probes(search.radius));
      tables = new int[capacity];
      keys = new int[capacity];
      begins = new int[capacity];
      ends = new int[capacity];
    }

    /** Adds every key within {@code flipsLeft} bits of {@code key} (flipping bits from {@code fromBit}). */
    void collect(int t, int key, int fromBit, int flipsLeft) {
      if (size == tables.length) {
        run();
      }
      tables[size] = t;
      keys[size] = key;
      size++;
      if (flipsLeft > 0) {
        for (int b = fromBit, length = plan.lengths()[t]; b < length; b++) {
          collect(t, key ^ (1 << b), b + 1, flipsLeft - 1);
        }
      }
    }

    void run() {
      fetch();
      for (int i = 0; i < size; i++) {
        filter(tables[i], begins[i], ends[i]);
      }
      size = 0;
    }

    /** Reads the directory entries of the collected probes and touches their buckets. */
    private void fetch() {
      for (int i = 0; i < size; i++) {
        int[] directory = directories[tables[i]];
        begins[i] = directory[keys[i]];
        ends[i] = directory[keys[i] + 1];
      }
      long touched = 0;
      for (int i = 0; i < size; i++) {
        long[] bits = inline[tables[i]];
        int end = ends[i];
        for (int e = begins[i]; e < end; e += ENTRIES_PER_LINE) {
          touched += bits[2 * e];
        }
        if (begins[i] < end) {
          touched += bits[2 * end - 1];
        }
      }
      search.touched ^= touched;
    }

    /** Filters the entries of one bucket by their inline bits and verifies those that pass. */
    private void filter(int t, int begin, int end) {
      long[] bits = inline[t];
      long qa = search.query[inlineWord[t]];
      long qb = search.query[inlineWord[t] + 1];
      int radius = search.radius;
      for (int e = begin; e < end; e++) {
        if (Long.bitCount(bits[2 * e] ^ qa) + Long.bitCount(bits[2 * e + 1] ^ qb) <= radius) {
          verify(store, search, t, radii, entries[t][e]);
        }
      }
    }
  }

  private void verify(HashStore store, Search search, int t, int[] radii, int slot) {
    if (!store.isLive(slot)) {
      return;
    }
    int distance = store.distance(slot, search.query);
    if (distance <= search.radius && !plan.reachedEarlier(store.words, slot, search.query, t, radii)) {
      search.add(store.ids[slot], distance);
    }
  }
}
