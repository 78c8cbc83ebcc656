package eu.vigil.amplification.stats;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Deterministic random streams: one independent {@link SplittableRandom} (SplitMix64, an algorithm
 * fixed by the JDK specification) per run seed and purpose key, so results do not depend on the order
 * or the thread in which cells are analysed.
 */
public final class Seeds {

  private Seeds() {}

  /** A stream for {@code seed} and a purpose key such as a cell identifier. */
  public static SplittableRandom stream(long seed, String key) {
    long h = 0xcbf29ce484222325L; // FNV-1a 64
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return new SplittableRandom(mix(seed) ^ h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
