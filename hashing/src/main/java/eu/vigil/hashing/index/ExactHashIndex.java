package eu.vigil.hashing.index;

import eu.vigil.hashing.ExactHash;
import eu.vigil.hashing.SignalType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Matches MD5 or SHA-256 hashes by equality. One index holds one {@link SignalType}; several ids may
 * share a hash. Thread-safe (searches concurrent, updates exclusive).
 */
public final class ExactHashIndex implements SignalIndex<ExactHash> {

  private final SignalType type;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<Long, ExactHash> hashesById = new HashMap<>();
  private final Map<ExactHash, List<Long>> idsByHash = new HashMap<>();

  /**
   * An empty index for one exact signal type.
   *
   * @throws IllegalArgumentException if the type is not exact (PDQ)
   */
  public ExactHashIndex(SignalType type) {
    this.type = Objects.requireNonNull(type, "type must not be null");
    if (!type.isExact()) {
      throw new IllegalArgumentException("ExactHashIndex holds md5 or sha256 hashes, not " + type.id());
    }
  }

  /** The signal type held. */
  public SignalType type() {
    return type;
  }

  @Override
  public void put(long id, ExactHash hash) {
    Objects.requireNonNull(hash, "hash must not be null");
    if (hash.type() != type) {
      throw new IllegalArgumentException("this index holds " + type.id() + " hashes, got " + hash.type().id());
    }
    lock.writeLock().lock();
    try {
      removeLocked(id);
      hashesById.put(id, hash);
      idsByHash.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public boolean remove(long id) {
    lock.writeLock().lock();
    try {
      return removeLocked(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private boolean removeLocked(long id) {
    ExactHash old = hashesById.remove(id);
    if (old == null) {
      return false;
    }
    List<Long> ids = idsByHash.get(old);
    ids.remove(Long.valueOf(id));
    if (ids.isEmpty()) {
      idsByHash.remove(old);
    }
    return true;
  }

  @Override
  public Optional<ExactHash> get(long id) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(hashesById.get(id));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int size() {
    lock.readLock().lock();
    try {
      return hashesById.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The ids stored with exactly this hash, as results with distance 0, by id. */
  public List<MatchResult> search(ExactHash query) {
    Objects.requireNonNull(query, "query must not be null");
    lock.readLock().lock();
    try {
      List<Long> ids = idsByHash.getOrDefault(query, List.of());
      return ids.stream().sorted().map(id -> new MatchResult(id, 0)).toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** As {@link #search(ExactHash)}: exact hashes match only when equal, whatever the radius. */
  @Override
  public List<MatchResult> search(ExactHash query, int radius) {
    if (radius < 0) {
      throw new IllegalArgumentException("radius must not be negative, got " + radius);
    }
    return search(query);
  }
}
