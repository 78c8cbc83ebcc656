package eu.vigil.hashing.index;

import eu.vigil.hashing.PdqHash;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Slots of (id, 256-bit hash), appended in order, with removal by marking a slot dead. Hashes live
 * in one {@code long[]} (4 words per slot) so scans and verifications read contiguous memory.
 */
final class HashStore {

  long[] words;
  long[] ids;
  private long[] dead;
  private int count;
  private int deadCount;
  /** Built on first use when a store is loaded with ascending ids (see {@link #of}). */
  private @Nullable LongIntMap slotsById;

  HashStore(int capacity) {
    int c = Math.max(16, capacity);
    words = new long[4 * c];
    ids = new long[c];
    dead = new long[(c + 63) >>> 6];
    slotsById = new LongIntMap(c);
  }

  /**
   * A store over the given arrays (ids must be distinct), for loading snapshots. If the ids ascend
   * (as in snapshots of indexes filled in id order) they are distinct by construction and the map
   * from id to slot is only built when first needed, which keeps loading fast; otherwise it is
   * built now, which also finds duplicates.
   *
   * @throws IllegalArgumentException if an id occurs twice
   */
  static HashStore of(long[] words, long[] ids, int count) {
    HashStore store = new HashStore(0);
    store.words = words;
    store.ids = ids;
    store.dead = new long[(ids.length + 63) >>> 6];
    store.count = count;
    store.slotsById = null;
    boolean ascending = true;
    for (int s = 1; s < count && ascending; s++) {
      ascending = ids[s - 1] < ids[s];
    }
    if (!ascending) {
      store.slotsById();
    }
    return store;
  }

  /** The map from id to slot, built from the ids on first use. */
  private synchronized LongIntMap slotsById() {
    LongIntMap map = slotsById;
    if (map == null) {
      map = new LongIntMap(Math.max(16, count));
      for (int s = 0; s < count; s++) {
        if (map.put(ids[s], s) >= 0) {
          throw new IllegalArgumentException("duplicate id " + ids[s]);
        }
      }
      slotsById = map;
    }
    return map;
  }

  int count() {
    return count;
  }

  int liveCount() {
    return count - deadCount;
  }

  int deadCount() {
    return deadCount;
  }

  int slotOf(long id) {
    return slotsById().get(id);
  }

  /** Appends an entry; the id must not be present. */
  int append(long id, PdqHash hash) {
    if (count == ids.length) {
      int capacity = ids.length + (ids.length >> 1) + 16;
      words = Arrays.copyOf(words, 4 * capacity);
      ids = Arrays.copyOf(ids, capacity);
      dead = Arrays.copyOf(dead, (capacity + 63) >>> 6);
    }
    int slot = count++;
    hash.copyWords(words, 4 * slot);
    ids[slot] = id;
    slotsById().put(id, slot);
    return slot;
  }

  /** Removes the entry with this id; returns whether there was one. */
  boolean remove(long id) {
    int slot = slotsById().remove(id);
    if (slot < 0) {
      return false;
    }
    dead[slot >>> 6] |= 1L << (slot & 63);
    deadCount++;
    return true;
  }

  boolean isLive(int slot) {
    return (dead[slot >>> 6] & (1L << (slot & 63))) == 0;
  }

  int liveCount(int start, int end) {
    int live = 0;
    for (int s = start; s < end; s++) {
      if (isLive(s)) {
        live++;
      }
    }
    return live;
  }

  PdqHash hash(int slot) {
    return PdqHash.fromWords(words, 4 * slot);
  }

  int distance(int slot, long[] query) {
    int w = 4 * slot;
    return Long.bitCount(words[w] ^ query[0])
        + Long.bitCount(words[w + 1] ^ query[1])
        + Long.bitCount(words[w + 2] ^ query[2])
        + Long.bitCount(words[w + 3] ^ query[3]);
  }

  /** A copy holding only the live entries, in slot order. */
  HashStore compacted() {
    int live = liveCount();
    long[] newWords = new long[4 * Math.max(16, live)];
    long[] newIds = new long[Math.max(16, live)];
    int n = 0;
    for (int s = 0; s < count; s++) {
      if (isLive(s)) {
        System.arraycopy(words, 4 * s, newWords, 4 * n, 4);
        newIds[n++] = ids[s];
      }
    }
    return of(newWords, newIds, n);
  }
}
