package eu.vigil.hashing.imageio;

import eu.vigil.hashing.pdq.Luma;
import eu.vigil.hashing.pdq.Pixels;

/**
 * A fast path for the common JPEG: a baseline (sequential, Huffman-coded, 8-bit, one-scan) grey or
 * YCbCr JPEG with 4:4:4, 4:2:2 or 4:2:0 chroma, decoded to <b>the same bytes as ImageIO</b>.
 *
 * <p>It repeats the arithmetic of the libjpeg (6b) inside ImageIO: coefficients and quantisers as
 * 16-bit values, the integer inverse DCT ({@code jidctint.c}, "islow", with its range-limit table,
 * in {@link JpegIdct}), and, in {@link YccToRgb}, the "fancy" chroma upsampling and the fixed-point
 * colour conversion. This class parses the markers; {@link JpegScan} decodes the entropy-coded data
 * into {@link JpegPlanes}. {@link #decodeLuma} goes from the planes to PDQ luminance without the RGB
 * bytes.
 *
 * <p>Strict and conservative: anything it does not handle exactly, or anything libjpeg would warn
 * about (bad Huffman code or table, premature end of data, wrong restart marker, extraneous bytes,
 * more than one scan, progressive/arithmetic/lossless/12-bit frames, CMYK/YCCK/RGB/Adobe-transform-0
 * colour, other samplings, embedded ICC profiles, images over the pixel limit) makes
 * {@link #decode} return {@code null}, and the caller falls back to ImageIO, which also produces
 * its error messages.
 *
 * <p>Not thread-safe (holds tables); cheap to create.
 */
final class JpegFastDecoder {

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
  private JpegPlanes planes;

  /**
   * The pixels of a baseline JPEG (grey, or RGB as ImageIO converts them), or {@code null} if the
   * fast path does not apply (the caller then uses ImageIO).
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
    JpegPlanes p = planes;
    if (p.chroma() == null) {
      return Pixels.grey(p.width(), p.height(), p.y());
    }
    return Pixels.rgb(p.width(), p.height(), YccToRgb.rgb(p));
  }

  private Luma luma() {
    JpegPlanes p = planes;
    float[] values;
    if (p.chroma() == null) {
      values = new float[p.width() * p.height()];
      byte[] y = p.y();
      for (int i = 0; i < values.length; i++) {
        values[i] = y[i] & 0xff;
      }
    } else {
      values = YccToRgb.luma(p);
    }
    return new Luma(p.width(), p.height(), values);
  }

  private void run(byte[] f, long maxPixels) throws GiveUp {
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
            JpegHuffman table = new JpegHuffman(f, q + 17, counts, tc == 1);
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
    int chromaWidth = 0;
    int chromaHeight = 0;
    if (n == 1) {
      hY = 1;
      vY = 1;
    } else {
      hY = h[0];
      vY = v[0];
      boolean supported = h[1] == 1 && v[1] == 1 && h[2] == 1 && v[2] == 1
          && ((hY == 1 && vY == 1) || (hY == 2 && vY == 1) || (hY == 2 && vY == 2));
      if (!supported) {
        throw GiveUp.INSTANCE; // other samplings: libjpeg upsamples them differently
      }
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
    planes = JpegPlanes.allocate(width, height, hY, vY, chromaWidth, chromaHeight, n > 1);
    JpegScan.decode(f, end, planes, dc, ac, qz, restartInterval);
  }
}
