package eu.vigil.hashing.index;

/**
 * An immutable multi-index-hashing structure over the hashes in slots {@code [start, end)} of a
 * {@link HashStore} (Norouzi, Punjani, Fleet: "Fast search in Hamming space with multi-index
 * hashing"), in one of two layouts chosen per segment by the cost model of {@link SubstringPlan}:
 * the {@linkplain MihSegment compact} one (about 4 bytes per hash and table) or the {@linkplain
 * WideSegment wide} one (20 bytes per hash and table, several times faster). Segments too small for
 * tables are scanned.
 */
sealed interface Segment permits MihSegment, WideSegment {

  /** Below this many live slots a segment is scanned instead of indexed. */
  int MIN_INDEXED = 4096;

  /** Which layouts a new segment may use. */
  enum Layouts {
    /** Always compact (keeps memory at about 4 bytes per hash and table). */
    COMPACT,
    /** The cheaper of the two by the cost model. */
    CHEAPEST,
    /** Always wide (tests). */
    WIDE
  }

  /** First slot. */
  int start();

  /** Slot after the last. */
  int end();

  /** Number of slots, live or dead. */
  default int size() {
    return end() - start();
  }

  /** Whether this segment has the wide layout. */
  boolean isWide();

  /** Adds every live slot of this segment within the query's radius to the search. */
  void search(HashStore store, Search search);

  /** Builds a segment over the live slots in {@code [start, end)}. */
  static Segment build(HashStore store, int start, int end, int minIndexed, Layouts layouts) {
    int live = store.liveCount(start, end);
    if (live < Math.max(2, minIndexed)) {
      return MihSegment.unindexed(start, end);
    }
    boolean wide = switch (layouts) {
      case COMPACT -> false;
      case CHEAPEST -> SubstringPlan.wideIsCheaper(live);
      case WIDE -> true;
    };
    return wide
        ? WideSegment.build(store, start, end, live, SubstringPlan.wide(live))
        : MihSegment.build(store, start, end, live, SubstringPlan.compact(live));
  }
}
