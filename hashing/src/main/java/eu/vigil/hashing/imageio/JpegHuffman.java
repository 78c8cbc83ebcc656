package eu.vigil.hashing.imageio;

/**
 * A Huffman table of a JPEG (DHT segment) as libjpeg builds it: a lookahead table for short codes and the
 * canonical-code limits for longer ones; refuses tables libjpeg would reject.
 */
final class JpegHuffman {

  final int[] fast = new int[1 << JpegFastDecoder.LOOKAHEAD]; // (length << 8) | symbol, 0 = longer code
  final int[] maxCode = new int[18]; // largest code of each length, -1 if none
  final int[] valOffset = new int[17];
  final int[] symbols = new int[256];

  JpegHuffman(byte[] f, int p, int[] counts) throws JpegFastDecoder.GiveUp {
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
        if (l <= JpegFastDecoder.LOOKAHEAD) {
          int shift = JpegFastDecoder.LOOKAHEAD - l;
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
  }
}
