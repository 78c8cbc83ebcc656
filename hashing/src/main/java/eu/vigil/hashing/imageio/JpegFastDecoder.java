package eu.vigil.hashing.imageio;

import eu.vigil.hashing.pdq.Luma;
import eu.vigil.hashing.pdq.Pixels;

/**
 * A fast path for the common JPEG: a baseline (sequential, Huffman-coded, 8-bit, one-scan) grey or
 * YCbCr JPEG with 4:4:4, 4:2:2 or 4:2:0 chroma, decoded to <b>the same bytes as ImageIO</b>.
 *
 * <p>It repeats the arithmetic of the libjpeg (6b) inside ImageIO: coefficients and quantisers as
 * 16-bit values, the integer inverse DCT ({@code jidctint.c}, "islow", with its range-limit table, in {@link JpegIdct}),
 * and, in {@link YccToRgb}, the "fancy" chroma upsampling and the fixed-point colour conversion.
 * {@link #decodeLuma} goes from the planes to PDQ luminance without the RGB bytes.
 *
 * <p>Strict and conservative: anything it does not handle exactly, or anything libjpeg would warn
 * about (bad Huffman code or table, premature end of data, wrong restart marker, extraneous bytes,
 * more than one scan, progressive/arithmetic/lossless/12-bit frames, CMYK/YCCK/RGB/Adobe-transform-0
 * colour, other samplings, embedded ICC profiles, images over the pixel limit) makes
 * {@link #decode} return {@code null}, and the caller falls back to ImageIO, which also produces
 * its error messages.
 *
 * <p>Not thread-safe (holds tables and a bit reader); cheap to create.
 */
final class JpegFastDecoder {

  /** Zig-zag position k to natural (row-major) index. */
  private static final int[] NATURAL = {
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
    12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
    35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
    58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63
  };


  static final int LOOKAHEAD = 9;

  private static final java.lang.invoke.VarHandle BIG_ENDIAN_LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);


  /** Thrown (without stack trace) when the fast path gives up. */
  static final class GiveUp extends Exception {
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private final int[][] quant = new int[4][];
  private final JpegHuffman[] dcTables = new JpegHuffman[4];
  private final JpegHuffman[] acTables = new JpegHuffman[4];
  private final int[] coef = new int[64];
  private final int[] workspace = new int[64];
  /** Whether {@link #coef} holds AC coefficients (else only [0] is set). */
  private boolean hasAc;

  private byte[] yPlane;
  private byte[] cbPlane;
  private byte[] crPlane;
  private int imageWidth;
  private int imageHeight;
  private int lumaH;
  private int lumaV;
  private int chromaW;
  private int chromaH;

  private byte[] data;
  private int pos;
  private long bits;
  private int bitCount;
  private int fakeBits;

  /**
   * The luma plane of a baseline JPEG as grey pixels, or {@code null} if the fast path does not
   * apply (the caller then uses ImageIO).
   */
  static Pixels decode(byte[] f, long maxPixels) {
    try {
      JpegFastDecoder decoder = new JpegFastDecoder();
      decoder.run(f, maxPixels);
      return decoder.pixels();
    } catch (GiveUp | RuntimeException e) {
      return null;
    }
  }

  /**
   * The PDQ luminance of a baseline JPEG, the same floats as {@code Luma.of(decode(f, maxPixels))}
   * without the RGB bytes in between, or {@code null} if the fast path does not apply.
   */
  static Luma decodeLuma(byte[] f, long maxPixels) {
    try {
      JpegFastDecoder decoder = new JpegFastDecoder();
      decoder.run(f, maxPixels);
      return decoder.luma();
    } catch (GiveUp | RuntimeException e) {
      return null;
    }
  }

  private Pixels pixels() {
    if (cbPlane == null) {
      return Pixels.grey(imageWidth, imageHeight, yPlane);
    }
    return Pixels.rgb(imageWidth, imageHeight, YccToRgb.rgb(yPlane, cbPlane, crPlane, imageWidth, imageHeight,
        lumaH, lumaV, chromaW, chromaH));
  }

  private Luma luma() {
    float[] values;
    if (cbPlane == null) {
      values = new float[imageWidth * imageHeight];
      byte[] y = yPlane;
      for (int i = 0; i < values.length; i++) {
        values[i] = y[i] & 0xff;
      }
    } else {
      values = YccToRgb.luma(yPlane, cbPlane, crPlane, imageWidth, imageHeight, lumaH, lumaV, chromaW, chromaH);
    }
    return new Luma(imageWidth, imageHeight, values);
  }


  private void run(byte[] f, long maxPixels) throws GiveUp {
    data = f;
    if (f.length < 4 || (f[0] & 0xff) != 0xff || (f[1] & 0xff) != 0xd8) {
      throw GiveUp.INSTANCE;
    }
    int p = 2;
    boolean jfif = false;
    int adobeTransform = -1;
    int width = 0;
    int height = 0;
    int[] ids = null;
    int[] h = null;
    int[] v = null;
    int[] tq = null;
    int restartInterval = 0;
    while (true) {
      if (p + 4 > f.length || (f[p] & 0xff) != 0xff) {
        throw GiveUp.INSTANCE;
      }
      int marker = f[p + 1] & 0xff;
      if (marker == 0xff) {
        p++;
        continue;
      }
      int length = ((f[p + 2] & 0xff) << 8) | (f[p + 3] & 0xff);
      int s = p + 4;
      int end = p + 2 + length;
      if (length < 2 || end > f.length) {
        throw GiveUp.INSTANCE;
      }
      switch (marker) {
        case 0xe0 -> {
          if (length >= 7 && f[s] == 'J' && f[s + 1] == 'F' && f[s + 2] == 'I' && f[s + 3] == 'F' && f[s + 4] == 0) {
            jfif = true;
          }
        }
        case 0xe2 -> {
          if (length >= 14 && "ICC_PROFILE".equals(new String(f, s, 11, java.nio.charset.StandardCharsets.ISO_8859_1))) {
            throw GiveUp.INSTANCE; // colour management: leave to ImageIO
          }
        }
        case 0xee -> {
          if (length >= 14 && f[s] == 'A' && f[s + 1] == 'd' && f[s + 2] == 'o' && f[s + 3] == 'b' && f[s + 4] == 'e') {
            adobeTransform = f[s + 11] & 0xff;
          }
        }
        case 0xdb -> {
          int q = s;
          while (q < end) {
            int pq = (f[q] & 0xff) >> 4;
            int id = f[q] & 0x0f;
            if (id > 3 || pq > 1 || q + 1 + 64 * (pq + 1) > end) {
              throw GiveUp.INSTANCE;
            }
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
              int value = pq == 0 ? f[q + 1 + k] & 0xff : ((f[q + 1 + 2 * k] & 0xff) << 8) | (f[q + 2 + 2 * k] & 0xff);
              table[k] = (short) value; // libjpeg's multiplier type is 16-bit

            }
            quant[id] = table;
            q += 1 + 64 * (pq + 1);
          }
        }
        case 0xc4 -> {
          int q = s;
          while (q < end) {
            int tc = (f[q] & 0xff) >> 4;
            int id = f[q] & 0x0f;
            if (tc > 1 || id > 3 || q + 17 > end) {
              throw GiveUp.INSTANCE;
            }
            int[] counts = new int[17];
            int total = 0;
            for (int l = 1; l <= 16; l++) {
              counts[l] = f[q + l] & 0xff;
              total += counts[l];
            }
            if (q + 17 + total > end) {
              throw GiveUp.INSTANCE;
            }
            JpegHuffman table = new JpegHuffman(f, q + 17, counts);
            (tc == 0 ? dcTables : acTables)[id] = table;
            q += 17 + total;
          }
        }
        case 0xdd -> {
          if (length != 4) {
            throw GiveUp.INSTANCE;
          }
          restartInterval = ((f[s] & 0xff) << 8) | (f[s + 1] & 0xff);
        }
        case 0xc0, 0xc1 -> {
          if (ids != null || length < 8 || (f[s] & 0xff) != 8) {
            throw GiveUp.INSTANCE;
          }
          height = ((f[s + 1] & 0xff) << 8) | (f[s + 2] & 0xff);
          width = ((f[s + 3] & 0xff) << 8) | (f[s + 4] & 0xff);
          int n = f[s + 5] & 0xff;
          if (height == 0 || width == 0 || (n != 1 && n != 3) || length != 8 + 3 * n
              || (long) width * height > maxPixels) {
            throw GiveUp.INSTANCE;
          }
          ids = new int[n];
          h = new int[n];
          v = new int[n];
          tq = new int[n];
          for (int c = 0; c < n; c++) {
            ids[c] = f[s + 6 + 3 * c] & 0xff;
            h[c] = (f[s + 7 + 3 * c] & 0xff) >> 4;
            v[c] = f[s + 7 + 3 * c] & 0x0f;
            tq[c] = f[s + 8 + 3 * c] & 0xff;
            if (h[c] < 1 || h[c] > 4 || v[c] < 1 || v[c] > 4 || tq[c] > 3) {
              throw GiveUp.INSTANCE;
            }
          }
        }
        case 0xda -> {
          if (ids == null) {
            throw GiveUp.INSTANCE;
          }
          checkColour(ids, jfif, adobeTransform);
          scan(f, s, end, width, height, ids, h, v, tq, restartInterval);
          return;
        }
        default -> {
          boolean otherFrame = marker >= 0xc2 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
          boolean allowed = (marker >= 0xe0 && marker <= 0xef) || marker == 0xfe;
          if (otherFrame || !allowed) {
            throw GiveUp.INSTANCE; // progressive, lossless, arithmetic, DNL, SOI, EOI before a scan, ...
          }
        }
      }
      p = end;
    }
  }

  /** Only images whose first component is JFIF luma (or plain grey) take the fast path. */
  private static void checkColour(int[] ids, boolean jfif, int adobeTransform) throws GiveUp {
    if (ids.length == 1) {
      return;
    }
    if (adobeTransform >= 0) {
      if (adobeTransform != 1) {
        throw GiveUp.INSTANCE; // Adobe RGB (transform 0) or anything unusual
      }
      return;
    }
    if (jfif) {
      return;
    }
    // No JFIF or Adobe marker: libjpeg and ImageIO take ids 1, 2, 3 as YCbCr (e.g. camera EXIF files).
    if (ids[0] != 1 || ids[1] != 2 || ids[2] != 3) {
      throw GiveUp.INSTANCE;
    }
  }

  private void scan(byte[] f, int s, int end, int width, int height, int[] ids, int[] h, int[] v, int[] tq,
      int restartInterval) throws GiveUp {
    int n = ids.length;
    int ns = f[s] & 0xff;
    if (ns != n || end != s + 1 + 2 * ns + 3) {
      throw GiveUp.INSTANCE;
    }
    JpegHuffman[] dc = new JpegHuffman[n];
    JpegHuffman[] ac = new JpegHuffman[n];
    for (int c = 0; c < n; c++) {
      if ((f[s + 1 + 2 * c] & 0xff) != ids[c]) {
        throw GiveUp.INSTANCE; // components in another order than the frame's
      }
      dc[c] = dcTables[(f[s + 2 + 2 * c] & 0xff) >> 4 & 3];
      ac[c] = acTables[f[s + 2 + 2 * c] & 3];
      if (dc[c] == null || ac[c] == null || ((f[s + 2 + 2 * c] & 0xff) >> 4) > 3 || (f[s + 2 + 2 * c] & 0x0f) > 3) {
        throw GiveUp.INSTANCE;
      }
    }
    int ss = f[s + 1 + 2 * ns] & 0xff;
    int se = f[s + 2 + 2 * ns] & 0xff;
    int a = f[s + 3 + 2 * ns] & 0xff;
    if (ss != 0 || se != 63 || a != 0) {
      throw GiveUp.INSTANCE;
    }
    for (int c = 0; c < n; c++) {
      if (quant[tq[c]] == null) {
        throw GiveUp.INSTANCE; // libjpeg refuses a component without a table
      }
    }
    int hMax = 1;
    int vMax = 1;
    int blocksInMcu = 0;
    for (int c = 0; c < n; c++) {
      hMax = Math.max(hMax, h[c]);
      vMax = Math.max(vMax, v[c]);
      blocksInMcu += h[c] * v[c];
    }
    if (n > 1 && blocksInMcu > 10) {
      throw GiveUp.INSTANCE; // libjpeg: sampling factors too large for an interleaved scan
    }
    int hY;
    int vY;
    int mcusX;
    int mcusY;
    int chromaWidth = 0;
    int chromaHeight = 0;
    if (n == 1) {
      hY = 1;
      vY = 1;
      mcusX = (width + 7) / 8;
      mcusY = (height + 7) / 8;
    } else {
      hY = h[0];
      vY = v[0];
      boolean supported = h[1] == 1 && v[1] == 1 && h[2] == 1 && v[2] == 1
          && ((hY == 1 && vY == 1) || (hY == 2 && vY == 1) || (hY == 2 && vY == 2));
      if (!supported) {
        throw GiveUp.INSTANCE; // other samplings: libjpeg upsamples them differently
      }
      mcusX = (width + 8 * hMax - 1) / (8 * hMax);
      mcusY = (height + 8 * vMax - 1) / (8 * vMax);
      chromaWidth = (width + hMax - 1) / hMax;
      chromaHeight = (height + vMax - 1) / vMax;
      if (hMax == 2 && chromaWidth <= 2) {
        throw GiveUp.INSTANCE; // libjpeg does not use fancy upsampling here
      }
    }
    int[][] qz = new int[n][];
    for (int c = 0; c < n; c++) {
      qz[c] = quant[tq[c]];
    }
    byte[] luma = new byte[width * height];
    byte[] cb = n == 1 ? null : new byte[chromaWidth * chromaHeight];
    byte[] cr = n == 1 ? null : new byte[chromaWidth * chromaHeight];
    pos = end;
    bits = 0;
    bitCount = 0;
    fakeBits = 0;
    int[] predictions = new int[n];
    int mcus = mcusX * mcusY;
    int untilRestart = restartInterval;
    int nextRestart = 0;
    for (int m = 0; m < mcus; m++) {
      if (restartInterval > 0) {
        if (untilRestart == 0) {
          restart(nextRestart);
          nextRestart = (nextRestart + 1) & 7;
          untilRestart = restartInterval;
          java.util.Arrays.fill(predictions, 0);
        }
        untilRestart--;
      }
      int mx = m % mcusX;
      int my = m / mcusX;
      for (int by = 0; by < vY; by++) {
        for (int bx = 0; bx < hY; bx++) {
          predictions[0] = decodeBlock(dc[0], ac[0], predictions[0], qz[0]);
          int x0 = (mx * hY + bx) * 8;
          int y0 = (my * vY + by) * 8;
          if (x0 < width && y0 < height) {
            JpegIdct.idct(coef, workspace, hasAc, luma, width, height, x0, y0);
          }
        }
      }
      for (int c = 1; c < n; c++) {
        predictions[c] = decodeBlock(dc[c], ac[c], predictions[c], qz[c]);
        int x0 = mx * 8;
        int y0 = my * 8;
        if (x0 < chromaWidth && y0 < chromaHeight) {
          JpegIdct.idct(coef, workspace, hasAc, c == 1 ? cb : cr, chromaWidth, chromaHeight, x0, y0);
        }
      }
    }
    // All real bits used but the byte padding, then exactly the end of the image.
    if (bitCount < fakeBits || bitCount - fakeBits >= 8) {
      throw GiveUp.INSTANCE;
    }
    int p = pos;
    if (p + 1 >= f.length || (f[p] & 0xff) != 0xff) {
      throw GiveUp.INSTANCE;
    }
    while (p + 1 < f.length && (f[p + 1] & 0xff) == 0xff) {
      p++;
    }
    if (p + 1 >= f.length || (f[p + 1] & 0xff) != 0xd9) {
      throw GiveUp.INSTANCE;
    }
    yPlane = luma;
    cbPlane = cb;
    crPlane = cr;
    imageWidth = width;
    imageHeight = height;
    lumaH = hY;
    lumaV = vY;
    chromaW = chromaWidth;
    chromaH = chromaHeight;
  }

  private void restart(int expected) throws GiveUp {
    if (bitCount < fakeBits || bitCount - fakeBits >= 8) {
      throw GiveUp.INSTANCE;
    }
    byte[] f = data;
    int p = pos;
    if (p + 1 >= f.length || (f[p] & 0xff) != 0xff) {
      throw GiveUp.INSTANCE;
    }
    while (p + 1 < f.length && (f[p + 1] & 0xff) == 0xff) {
      p++;
    }
    if (p + 1 >= f.length || (f[p + 1] & 0xff) != 0xd0 + expected) {
      throw GiveUp.INSTANCE;
    }
    pos = p + 2;
    bits = 0;
    bitCount = 0;
    fakeBits = 0;
  }

  /** Tops the bit buffer up to at least 57 bits; at a marker or the end, pads with zero bits. */
  private void fill() {
    byte[] f = data;
    int p = pos;
    long b = bits;
    int count = bitCount;
    if (fakeBits == 0 && p + 8 <= f.length) {
      // Common case: the next eight bytes hold no 0xFF (no stuffing, no marker): take as many as fit.
      long word = (long) BIG_ENDIAN_LONGS.get(f, p);
      long inverted = ~word;
      if (((inverted - 0x0101010101010101L) & ~inverted & 0x8080808080808080L) == 0) {
        int n = (64 - count) >> 3;
        b = n == 8 ? word : (b << (8 * n)) | (word >>> (64 - 8 * n));
        pos = p + n;
        bits = b;
        bitCount = count + 8 * n;
        return;
      }
    }
    while (count <= 56) {
      int value;
      if (fakeBits > 0 || p >= f.length) {
        value = 0;
        fakeBits += 8;
      } else {
        value = f[p] & 0xff;
        if (value == 0xff) {
          int next = p + 1 < f.length ? f[p + 1] & 0xff : -1;
          if (next == 0) {
            p += 2;
          } else {
            value = 0; // a marker (or the end): not consumed
            fakeBits += 8;
          }
        } else {
          p++;
        }
      }
      b = (b << 8) | value;
      count += 8;
    }
    pos = p;
    bits = b;
    bitCount = count;
  }

  private int decodeSymbol(JpegHuffman table) throws GiveUp {
    int look = (int) (bits >>> (bitCount - LOOKAHEAD)) & ((1 << LOOKAHEAD) - 1);
    int entry = table.fast[look];
    if (entry != 0) {
      bitCount -= entry >> 8;
      return entry & 0xff;
    }
    int l = LOOKAHEAD + 1;
    int code = (int) (bits >>> (bitCount - l)) & ((1 << l) - 1);
    while (code > table.maxCode[l]) {
      l++;
      if (l > 16) {
        throw GiveUp.INSTANCE; // bad JpegHuffman code
      }
      code = (int) (bits >>> (bitCount - l)) & ((1 << l) - 1);
    }
    bitCount -= l;
    return table.symbols[code + table.valOffset[l]];
  }

  private int receiveExtend(int s) {
    int value = (int) (bits >>> (bitCount - s)) & ((1 << s) - 1);
    bitCount -= s;
    return value < (1 << (s - 1)) ? value - (1 << s) + 1 : value;
  }

  /** Decodes one luma block into {@link #coef} (quantised, natural order); returns the new DC. */
  private int decodeBlock(JpegHuffman dc, JpegHuffman ac, int prediction, int[] q) throws GiveUp {
    int[] c = coef;
    if (hasAc) {
      java.util.Arrays.fill(c, 0);
      hasAc = false;
    }
    if (bitCount < 32) {
      fill();
    }
    int s = decodeSymbol(dc);
    if (s > 15) {
      throw GiveUp.INSTANCE;
    }
    if (s != 0) {
      prediction += receiveExtend(s);
    }
    c[0] = (short) prediction * q[0]; // libjpeg stores coefficients as 16-bit values
    for (int k = 1; k < 64; k++) {
      if (bitCount < 32) {
        fill();
      }
      int rs = decodeSymbol(ac);
      int r = rs >> 4;
      s = rs & 15;
      if (s == 0) {
        if (r != 15) {
          break;
        }
        k += 15;
        continue;
      }
      k += r;
      if (k > 63) {
        throw GiveUp.INSTANCE;
      }
      c[NATURAL[k]] = receiveExtend(s) * q[k];
      hasAc = true;
    }
    return prediction;
  }

}
