package eu.vigil.hashing.index;

/**
 * The compact layout of a {@link Segment}: per substring (about log2(n) bits each, see {@link
 * SubstringPlan#compact}), a counting-sorted directory from substring value to the slots holding it.
 * Every candidate reached by a probe is checked against the full hash in the store; a candidate
 * found through several tables is reported only from the first one that can reach it, so results
 * have no duplicates.
 *
 * <p>Memory: 4 bytes per live slot and table plus 4 bytes per directory entry (at 10M hashes, 12
 * tables of 21-22 bits: about 70 bytes per hash). Each candidate costs random reads into the slot
 * list and the hash store, so large segments are memory-latency bound (about 0.2 ms per radius-31
 * query at 1M hashes). Segments too small for tables, and queries whose radius would need more work
 * than a scan, fall back to scanning the segment.
 */
final class MihSegment implements Segment {

  private final int start;
  private final int end;
  private final SubstringPlan plan;
  private final int[][] directories;
  private final int[][] entries;

  private MihSegment(int start, int end, SubstringPlan plan, int[][] directories, int[][] entries) {
    this.start = start;
    this.end = end;
    this.plan = plan;
    this.directories = directories;
    this.entries = entries;
  }

  /** A segment without tables: always scanned. */
  static MihSegment unindexed(int start, int end) {
    return new MihSegment(start, end, SubstringPlan.even(1), new int[0][], new int[0][]);
  }

  /** Builds the tables of {@code plan} over the {@code live} live slots in {@code [start, end)}. */
  static MihSegment build(HashStore store, int start, int end, int live, SubstringPlan plan) {
    int m = plan.tables();
    int[][] directories = new int[m][];
    int[][] entries = new int[m][];
    SubstringSort.forEachTable(m, live, (t, pairs, scratch) -> {
      directories[t] = new int[(1 << plan.lengths()[t]) + 1];
      entries[t] = new int[live];
      SubstringSort.sort(store, start, end, plan.offsets()[t], plan.lengths()[t], directories[t], entries[t],
          pairs, scratch);
    });
    return new MihSegment(start, end, plan, directories, entries);
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
    return false;
  }

  boolean isIndexed() {
    return directories.length > 0;
  }

  @Override
  public void search(HashStore store, Search search) {
    if (!isIndexed()
        || plan.scanIsCheaper(search.radius, size(), SubstringPlan.COMPACT_CANDIDATE_COST)) {
      search.scan(store, start, end);
      return;
    }
    int[] radii = plan.radii(search.radius);
    for (int t = 0; t < radii.length; t++) {
      if (radii[t] >= 0) {
        int queryKey = SubstringPlan.key(search.query, 0, plan.offsets()[t], plan.lengths()[t]);
        probe(store, search, t, radii, queryKey, 0, radii[t]);
      }
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
      if (distance <= search.radius && !plan.reachedEarlier(store.words, slot, search.query, t, radii)) {
        search.add(store.ids[slot], distance);
      }
    }
    if (flipsLeft > 0) {
      for (int b = fromBit, length = plan.lengths()[t]; b < length; b++) {
        probe(store, search, t, radii, key ^ (1 << b), b + 1, flipsLeft - 1);
      }
    }
  }
}
