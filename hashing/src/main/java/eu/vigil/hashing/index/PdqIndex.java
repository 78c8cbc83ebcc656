package eu.vigil.hashing.index;

import eu.vigil.hashing.PdqHash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds every stored PDQ hash within a Hamming radius of a query: exact (no approximate misses),
 * using multi-index hashing, with incremental {@link #put} and {@link #remove}.
 *
 * <pre>{@code
 * PdqIndex index = new PdqIndex();
 * index.put(42L, PdqHash.parse("f8f8f0ce..."));
 * List<MatchResult> matches = index.search(query);          // radius 31
 * index.writeSnapshot(Path.of("bank.pdqidx"));
 * PdqIndex again = PdqIndex.readSnapshot(Path.of("bank.pdqidx"));
 * }</pre>
 *
 * <p>Layout: entries are appended to a slot store; new slots are scanned linearly until there are
 * {@value #DELTA_LIMIT} of them, then sealed into an immutable multi-index segment, and segments of
 * similar size are merged (so there are O(log n) of them). Removal marks a slot dead; when a third of
 * the slots are dead everything is compacted into one segment. Loading a snapshot builds one segment.
 *
 * <p>Memory and speed: while the index holds at most {@value #WIDE_MAX_LIVE} entries, segments get
 * the {@linkplain WideSegment wide layout}: about 380 bytes per hash in all (382 MB at 1M hashes,
 * 760 MB at 2M), radius-31 queries in about 30 µs at 1M (median, one thread, with transparent huge
 * pages). Larger indexes use the {@linkplain MihSegment compact layout} throughout: about 110 bytes
 * per hash (1.1 GB at 10M), about 0.7 ms per query at 10M. Growing past the limit rebuilds the wide
 * segments compactly. The JVM should run with {@code -XX:+UseTransparentHugePages}: the wide
 * layout's random probes into hundreds of megabytes otherwise miss the TLB on most of them.
 *
 * <p>Thread-safe: searches run concurrently, {@code put}/{@code remove} take an exclusive lock
 * (rarely for longer than building a segment).
 */
public final class PdqIndex implements SignalIndex<PdqHash> {

  /** Unsealed slots scanned linearly before they are indexed. */
  static final int DELTA_LIMIT = 4096;

  /** Largest number of live entries for which segments may use the wide layout (320 bytes/hash). */
  static final int WIDE_MAX_LIVE = 1 << 21;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private HashStore store;
  private final List<Segment> segments = new ArrayList<>();
  private int sealedEnd;
  private final int minIndexed;
  private final Segment.Layouts layouts;
  private final int wideMaxLive;

  /** An empty index. */
  public PdqIndex() {
    this(new HashStore(1024));
  }

  private PdqIndex(HashStore store) {
    this(store, Segment.MIN_INDEXED, Segment.Layouts.CHEAPEST, WIDE_MAX_LIVE);
  }

  /** With a given smallest segment that gets tables and the layouts segments may use (for tests). */
  PdqIndex(HashStore store, int minIndexed, Segment.Layouts layouts) {
    this(store, minIndexed, layouts, WIDE_MAX_LIVE);
  }

  /**
   * With a given smallest segment that gets tables, the layouts segments may use and the largest
   * index that may use the wide layout; tests use small values and forced layouts to exercise them.
   */
  PdqIndex(HashStore store, int minIndexed, Segment.Layouts layouts, int wideMaxLive) {
    this.store = store;
    this.minIndexed = minIndexed;
    this.layouts = layouts;
    this.wideMaxLive = wideMaxLive;
    rebuildAll();
  }

  /** As {@link #ofLines(List)} with a given smallest indexed segment and layouts (for tests). */
  static PdqIndex ofLines(List<PdqHash> hashes, int minIndexed, Segment.Layouts layouts) {
    PdqIndex built = ofLines(hashes);
    return new PdqIndex(built.store, minIndexed, layouts);
  }

  /**
   * An index of the given hashes with ids 1..n in list order (line numbers of a hash list), built in
   * one go.
   */
  public static PdqIndex ofLines(List<PdqHash> hashes) {
    long[] words = new long[4 * Math.max(16, hashes.size())];
    long[] ids = new long[Math.max(16, hashes.size())];
    for (int i = 0; i < hashes.size(); i++) {
      hashes.get(i).copyWords(words, 4 * i);
      ids[i] = i + 1;
    }
    return new PdqIndex(HashStore.of(words, ids, hashes.size()));
  }

  /**
   * An index of {@code count} entries given as parallel arrays ({@code words[4i..4i+3]} is the hash
   * of {@code ids[i]}, bits 0..63 first), built in one go. The arrays are taken over, not copied.
   *
   * @throws IllegalArgumentException if the arrays are too short or an id occurs twice
   */
  public static PdqIndex of(long[] words, long[] ids, int count) {
    if (count < 0 || ids.length < count || words.length < 4L * count) {
      throw new IllegalArgumentException("arrays too short for " + count + " entries");
    }
    return new PdqIndex(HashStore.of(words, ids, count));
  }

  /**
   * Reads an index written by {@link #writeSnapshot(Path)}.
   *
   * @throws CorruptSnapshotException if the file is not a valid snapshot (wrong magic, unsupported
   *     version, truncated, checksum mismatch, duplicate ids)
   * @throws IOException if reading fails
   */
  public static PdqIndex readSnapshot(Path file) throws IOException {
    return new PdqIndex(SnapshotFormat.read(file));
  }

  /** Writes all entries to a snapshot file (replacing it atomically where the file system allows). */
  public void writeSnapshot(Path file) throws IOException {
    lock.readLock().lock();
    try {
      SnapshotFormat.write(store, file);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void put(long id, PdqHash hash) {
    Objects.requireNonNull(hash, "hash must not be null");
    lock.writeLock().lock();
    try {
      store.remove(id);
      store.append(id, hash);
      if (store.count() - sealedEnd >= DELTA_LIMIT) {
        seal();
      }
      compactIfWasteful();
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public boolean remove(long id) {
    lock.writeLock().lock();
    try {
      boolean removed = store.remove(id);
      if (removed) {
        compactIfWasteful();
      }
      return removed;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public Optional<PdqHash> get(long id) {
    lock.readLock().lock();
    try {
      int slot = store.slotOf(id);
      return slot < 0 ? Optional.empty() : Optional.of(store.hash(slot));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int size() {
    lock.readLock().lock();
    try {
      return store.liveCount();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Every entry within {@link PdqHash#MATCH_DISTANCE} (31) of the query. */
  public List<MatchResult> search(PdqHash query) {
    return search(query, PdqHash.MATCH_DISTANCE);
  }

  @Override
  public List<MatchResult> search(PdqHash query, int radius) {
    Objects.requireNonNull(query, "query must not be null");
    if (radius < 0) {
      throw new IllegalArgumentException("radius must not be negative, got " + radius);
    }
    Search search = new Search(query, Math.min(radius, PdqHash.BITS));
    lock.readLock().lock();
    try {
      for (Segment segment : segments) {
        segment.search(store, search);
      }
      search.scan(store, sealedEnd, store.count());
    } finally {
      lock.readLock().unlock();
    }
    return search.results();
  }

  /** Number of segments (for tests and diagnostics). */
  int segmentCount() {
    lock.readLock().lock();
    try {
      return segments.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Number of segments with the wide layout (for tests and diagnostics). */
  int wideSegmentCount() {
    lock.readLock().lock();
    try {
      return (int) segments.stream().filter(Segment::isWide).count();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Seals the unsealed slots into a segment and merges it with predecessors of similar size; past
   * {@link #WIDE_MAX_LIVE} entries, also rebuilds any wide segment compactly.
   */
  private void seal() {
    int start = sealedEnd;
    int end = store.count();
    while (!segments.isEmpty() && segments.getLast().size() <= 2 * (end - start)) {
      start = segments.removeLast().start();
    }
    Segment.Layouts allowed = allowedLayouts();
    if (allowed == Segment.Layouts.COMPACT) {
      segments.replaceAll(s -> s.isWide() ? build(s.start(), s.end(), allowed) : s);
    }
    segments.add(build(start, end, allowed));
    sealedEnd = end;
  }

  private Segment.Layouts allowedLayouts() {
    return layouts == Segment.Layouts.CHEAPEST && store.liveCount() > wideMaxLive
        ? Segment.Layouts.COMPACT
        : layouts;
  }

  private Segment build(int start, int end, Segment.Layouts allowed) {
    return Segment.build(store, start, end, minIndexed, allowed);
  }

  private void compactIfWasteful() {
    if (store.deadCount() > DELTA_LIMIT && store.deadCount() * 3L > store.count()) {
      store = store.compacted();
      rebuildAll();
    }
  }

  private void rebuildAll() {
    segments.clear();
    sealedEnd = 0;
    if (store.count() > 0) {
      segments.add(build(0, store.count(), allowedLayouts()));
      sealedEnd = store.count();
    }
  }
}
