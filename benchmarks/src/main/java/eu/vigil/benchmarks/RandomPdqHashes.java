package eu.vigil.benchmarks;

import java.util.SplittableRandom;

/** Random PDQ-like hashes: uniformly random 256-bit values with exactly 128 bits set. */
final class RandomPdqHashes {

  private RandomPdqHashes() {}

  /** {@code n} random hashes, 4 words each. */
  static long[] generate(int n, SplittableRandom random) {
    long[] words = new long[4 * n];
    for (int i = 0; i < n; i++) {
      next(words, 4 * i, random);
    }
    return words;
  }

  /** Writes one random hash with exactly 128 bits set at {@code words[offset..offset+3]}. */
  static void next(long[] words, int offset, SplittableRandom random) {
    int ones = 0;
    for (int w = 0; w < 4; w++) {
      words[offset + w] = random.nextLong();
      ones += Long.bitCount(words[offset + w]);
    }
    while (ones != 128) {
      int bit = random.nextInt(256);
      long mask = 1L << (bit & 63);
      int w = offset + (bit >>> 6);
      boolean set = (words[w] & mask) != 0;
      if (set && ones > 128) {
        words[w] &= ~mask;
        ones--;
      } else if (!set && ones < 128) {
        words[w] |= mask;
        ones++;
      }
    }
  }

  /**
   * {@code count} queries: even ones are stored hashes with 0..radius distinct bits flipped, odd ones
   * random hashes.
   */
  static long[] queries(long[] stored, int count, int radius, SplittableRandom random) {
    int n = stored.length / 4;
    long[] out = new long[4 * count];
    for (int q = 0; q < count; q++) {
      if (q % 2 == 1) {
        next(out, 4 * q, random);
        continue;
      }
      System.arraycopy(stored, 4 * random.nextInt(n), out, 4 * q, 4);
      long[] flipped = new long[4];
      for (int done = 0, flips = random.nextInt(radius + 1); done < flips; ) {
        int bit = random.nextInt(256);
        long mask = 1L << (bit & 63);
        if ((flipped[bit >>> 6] & mask) == 0) {
          flipped[bit >>> 6] |= mask;
          out[4 * q + (bit >>> 6)] ^= mask;
          done++;
        }
      }
    }
    return out;
  }
}
