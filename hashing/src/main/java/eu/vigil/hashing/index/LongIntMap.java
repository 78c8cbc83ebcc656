package eu.vigil.hashing.index;

import java.util.Arrays;

/** Open-addressing map from {@code long} keys to non-negative {@code int} values, without boxing. */
final class LongIntMap {

  private static final int ABSENT = -1;
  private static final long EMPTY_KEY = Long.MIN_VALUE;

  private long[] keys;
  private int[] values;
  private int size;
  private boolean hasEmptyKey;
  private int emptyKeyValue;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected * 4L / 3 + 1)) - 1) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(keys, EMPTY_KEY);
  }

  int size() {
    return size + (hasEmptyKey ? 1 : 0);
  }

  /** The value for {@code key}, or -1. */
  int get(long key) {
    if (key == EMPTY_KEY) {
      return hasEmptyKey ? emptyKeyValue : ABSENT;
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY_KEY) {
        return ABSENT;
      }
    }
  }

  /** Sets the value; returns the previous one or -1. */
  int put(long key, int value) {
    if (key == EMPTY_KEY) {
      int old = hasEmptyKey ? emptyKeyValue : ABSENT;
      hasEmptyKey = true;
      emptyKeyValue = value;
      return old;
    }
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        int old = values[i];
        values[i] = value;
        return old;
      }
      if (k == EMPTY_KEY) {
        keys[i] = key;
        values[i] = value;
        size++;
        return ABSENT;
      }
    }
  }

  /** Removes the key; returns its value or -1. */
  int remove(long key) {
    if (key == EMPTY_KEY) {
      int old = hasEmptyKey ? emptyKeyValue : ABSENT;
      hasEmptyKey = false;
      return old;
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != key) {
      if (keys[i] == EMPTY_KEY) {
        return ABSENT;
      }
      i = (i + 1) & mask;
    }
    int old = values[i];
    // Backward-shift deletion keeps probe sequences intact without tombstones.
    int gap = i;
    for (int j = (gap + 1) & mask; keys[j] != EMPTY_KEY; j = (j + 1) & mask) {
      int home = slot(keys[j], mask);
      boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
      if (movable) {
        keys[gap] = keys[j];
        values[gap] = values[j];
        gap = j;
      }
    }
    keys[gap] = EMPTY_KEY;
    size--;
    return old;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(keys, EMPTY_KEY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY_KEY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
