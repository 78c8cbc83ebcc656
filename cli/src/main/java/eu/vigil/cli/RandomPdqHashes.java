package eu.vigil.cli;

import java.util.SplittableRandom;

/**
 * Random PDQ-like hashes for benchmarks: uniformly random 256-bit values with exactly 128 bits set,
 * as PDQ's median threshold produces.
 */
final class RandomPdqHashes {

  private RandomPdqHashes() {}

  /** Fills {@code words[4*from .. 4*to)} with random PDQ-like hashes. */
  static void fill(long[] words, int from, int to, SplittableRandom random) {
    for (int i = from; i < to; i++) {
      next(words, 4 * i, random);
    }
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

  /** Copies the hash at {@code from} to {@code to} with exactly {@code flips} distinct bits inverted. */
  static void nearCopy(long[] source, int from, long[] target, int to, int flips, SplittableRandom random) {
    System.arraycopy(source, from, target, to, 4);
    long[] flipped = new long[4];
    for (int done = 0; done < flips; ) {
      int bit = random.nextInt(256);
      long mask = 1L << (bit & 63);
      if ((flipped[bit >>> 6] & mask) == 0) {
        flipped[bit >>> 6] |= mask;
        target[to + (bit >>> 6)] ^= mask;
        done++;
      }
    }
  }
}
