package eu.vigil.hashing.imageio;

/**
 * A Huffman table of a JPEG (DHT segment) as libjpeg builds it: a lookahead table for short codes and the
 * canonical-code limits for longer ones; refuses tables libjpeg would reject. AC tables also get a
 * combined table ({@link #fastAc}) that decodes a short code together with the coefficient bits after it.
 */
final class JpegHuffman {

  /** Bits looked at by the lookahead tables. */
  static final int LOOKAHEAD = 9;

  final int[] fast = new int[1 << LOOKAHEAD]; // (length << 8) | symbol, 0 = longer code
  /**
   * For AC tables (else {@code null}): per lookahead value whose code and coefficient bits both fit,
   * {@code (coefficient << 16) | (run << 8) | bitsUsed}; 0 where they do not fit, and for EOB and ZRL.
   */
  final int[] fastAc;
  final int[] maxCode = new int[18]; // largest code of each length, -1 if none
  final int[] valOffset = new int[17];
  final int[] symbols = new int[256];

  JpegHuffman(byte[] f, int p, int[] counts, boolean ac) throws JpegFastDecoder.GiveUp {
    int total = 0;
    for (int l = 1; l <= 16; l++) {
      total += counts[l];
    }
    if (total > 256) {
      throw JpegFastDecoder.GiveUp.INSTANCE;
    }
    for (int i = 0; i < total; i++) {
      symbols[i] = f[p + i] & 0xff;
    }
    int longest = 0;
    for (int l = 1; l <= 16; l++) {
      if (counts[l] > 0) {
        longest = l;
      }
    }
    int code = 0;
    int k = 0;
    for (int l = 1; l <= 16; l++) {
      valOffset[l] = k - code;
      // libjpeg's check: the codes of each length must fit in that many bits (all ones excluded).
      if (l <= longest && code + counts[l] >= (1 << l)) {
        throw JpegFastDecoder.GiveUp.INSTANCE;
      }
      for (int i = 0; i < counts[l]; i++, k++, code++) {
        if (l <= LOOKAHEAD) {
          int shift = LOOKAHEAD - l;
          int base = code << shift;
          for (int j = 0; j < (1 << shift); j++) {
            fast[base + j] = (l << 8) | symbols[k];
          }
        }
      }
      maxCode[l] = counts[l] == 0 ? -1 : code - 1;
      code <<= 1;
    }
    maxCode[17] = Integer.MAX_VALUE;
    fastAc = ac ? combined(fast) : null;
  }

  /** The combined code + coefficient table of an AC table from its lookahead table. */
  private static int[] combined(int[] fast) {
    int[] out = new int[fast.length];
    for (int look = 0; look < fast.length; look++) {
      int entry = fast[look];
      if (entry == 0) {
        continue;
      }
      int length = entry >> 8;
      int run = (entry >> 4) & 15;
      int size = entry & 15;
      if (size == 0 || length + size > LOOKAHEAD) {
        continue;
      }
      int value = (look >> (LOOKAHEAD - length - size)) & ((1 << size) - 1);
      if (value < (1 << (size - 1))) {
        value += 1 - (1 << size); // libjpeg's HUFF_EXTEND
      }
      out[look] = (value << 16) | (run << 8) | (length + size);
    }
    return out;
  }
}
