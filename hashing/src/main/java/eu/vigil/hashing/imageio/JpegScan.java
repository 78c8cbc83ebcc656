package eu.vigil.hashing.imageio;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The entropy-coded data of one baseline scan: Huffman decoding (libjpeg's rules, strict about
 * anything libjpeg would warn about), dequantisation with 16-bit coefficients, and the inverse DCT
 * of every block into the planes of {@link JpegPlanes} (chroma packed, Cb and Cr in one int).
 *
 * <p>Short AC codes are decoded together with their coefficient bits in one table look-up
 * ({@link JpegHuffman#fastAc}). Per block it notes which columns hold coefficients, so that
 * {@link JpegIdct} takes libjpeg's shortcuts without testing for zeros.
 */
final class JpegScan {

  /** Zig-zag position k to natural (row-major) index. */
  private static final int[] NATURAL = {
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
    12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
    35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
    58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63
  };

  private static final int LOOKAHEAD = JpegHuffman.LOOKAHEAD;
  private static final int LOOKAHEAD_MASK = (1 << LOOKAHEAD) - 1;

  private static final VarHandle BIG_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final byte[] data;
  private int pos;
  private long bits;
  private int bitCount;
  private int fakeBits;

  private final int[] coef = new int[64];
  private final int[] workspace = new int[64];
  /** One chroma block's samples, before they go into the packed plane. */
  private final byte[] block = new byte[64];
  /**
   * Bit {@code c}: column {@code c} of {@link #coef} has a non-zero value in rows 1..7; bit
   * {@code 8 + c}: column {@code c} has a non-zero AC coefficient (see {@link JpegIdct#idct}).
   */
  private int columns;
  /** Whether {@link #coef} holds any AC coefficient (else only [0] is set). */
  private boolean hasAc;

  private JpegScan(byte[] data, int start) {
    this.data = data;
    this.pos = start;
  }

  /**
   * Decodes the scan whose entropy-coded data starts at {@code start} into {@code planes}; the
   * data must end exactly at an EOI marker.
   *
   * @param dc DC table per component
   * @param ac AC table per component
   * @param quant quantisation table per component (zig-zag order)
   */
  static void decode(byte[] data, int start, JpegPlanes planes, JpegHuffman[] dc, JpegHuffman[] ac, int[][] quant,
      int restartInterval) throws JpegFastDecoder.GiveUp {
    new JpegScan(data, start).run(planes, dc, ac, quant, restartInterval);
  }

  private void run(JpegPlanes planes, JpegHuffman[] dc, JpegHuffman[] ac, int[][] quant, int restartInterval)
      throws JpegFastDecoder.GiveUp {
    int n = dc.length;
    int width = planes.width();
    int height = planes.height();
    int hY = planes.hY();
    int vY = planes.vY();
    int mcusX = (width + 8 * hY - 1) / (8 * hY);
    int mcusY = (height + 8 * vY - 1) / (8 * vY);
    int chromaWidth = planes.chromaWidth();
    int chromaHeight = planes.chromaHeight();
    byte[] luma = planes.y();
    int[] predictions = new int[n];
    int untilRestart = restartInterval;
    int nextRestart = 0;
    for (int my = 0; my < mcusY; my++) {
      for (int mx = 0; mx < mcusX; mx++) {
        if (restartInterval > 0) {
          if (untilRestart == 0) {
            restart(nextRestart);
            nextRestart = (nextRestart + 1) & 7;
            untilRestart = restartInterval;
            Arrays.fill(predictions, 0);
          }
          untilRestart--;
        }
        for (int by = 0; by < vY; by++) {
          for (int bx = 0; bx < hY; bx++) {
            predictions[0] = decodeBlock(dc[0], ac[0], predictions[0], quant[0]);
            int x0 = (mx * hY + bx) * 8;
            int y0 = (my * vY + by) * 8;
            if (x0 < width && y0 < height) {
              JpegIdct.idct(coef, workspace, hasAc, columns, luma, width, height, x0, y0);
            }
          }
        }
        for (int c = 1; c < n; c++) {
          predictions[c] = decodeBlock(dc[c], ac[c], predictions[c], quant[c]);
          int x0 = mx * 8;
          int y0 = my * 8;
          if (x0 < chromaWidth && y0 < chromaHeight) {
            JpegIdct.idct(coef, workspace, hasAc, columns, block, 8, 8, 0, 0);
            storeChroma(planes.chroma(), chromaWidth, chromaHeight, x0, y0, c == 1 ? 0 : 16);
          }
        }
      }
    }
    // All real bits used but the byte padding, then exactly the end of the image.
    int p = markerAfterData();
    if ((data[p + 1] & 0xff) != 0xd9) {
      throw JpegFastDecoder.GiveUp.INSTANCE;
    }
  }

  /**
   * Stores the 8x8 {@link #block} (clipped to the plane) into the packed chroma plane: Cb (the
   * first, {@code shift} 0) sets the sample, Cr ({@code shift} 16) adds its half.
   */
  private void storeChroma(int[] plane, int planeWidth, int planeHeight, int x0, int y0, int shift) {
    byte[] b = block;
    int rows = Math.min(8, planeHeight - y0);
    int cols = Math.min(8, planeWidth - x0);
    for (int row = 0; row < rows; row++) {
      int o = (y0 + row) * planeWidth + x0;
      int i = row * 8;
      if (shift == 0) {
        for (int x = 0; x < cols; x++) {
          plane[o + x] = b[i + x] & 0xff;
        }
      } else {
        for (int x = 0; x < cols; x++) {
          plane[o + x] |= (b[i + x] & 0xff) << 16;
        }
      }
    }
  }

  /**
   * Checks that the bits left are only byte padding and that a marker follows; returns the
   * position of its last 0xFF fill byte.
   */
  private int markerAfterData() throws JpegFastDecoder.GiveUp {
    if (bitCount < fakeBits || bitCount - fakeBits >= 8) {
      throw JpegFastDecoder.GiveUp.INSTANCE;
    }
    byte[] f = data;
    int p = pos;
    if (p + 1 >= f.length || (f[p] & 0xff) != 0xff) {
      throw JpegFastDecoder.GiveUp.INSTANCE;
    }
    while (p + 1 < f.length && (f[p + 1] & 0xff) == 0xff) {
      p++;
    }
    if (p + 1 >= f.length) {
      throw JpegFastDecoder.GiveUp.INSTANCE;
    }
    return p;
  }

  private void restart(int expected) throws JpegFastDecoder.GiveUp {
    int p = markerAfterData();
    if ((data[p + 1] & 0xff) != 0xd0 + expected) {
      throw JpegFastDecoder.GiveUp.INSTANCE;
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

  /** Decodes a symbol whose code is longer than the lookahead (or that needs the slow path). */
  private int decodeSymbol(JpegHuffman table) throws JpegFastDecoder.GiveUp {
    int look = (int) (bits >>> (bitCount - LOOKAHEAD)) & LOOKAHEAD_MASK;
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
        throw JpegFastDecoder.GiveUp.INSTANCE; // bad Huffman code
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

  /** Decodes one block into {@link #coef} (dequantised, natural order); returns the new DC. */
  private int decodeBlock(JpegHuffman dc, JpegHuffman ac, int prediction, int[] q) throws JpegFastDecoder.GiveUp {
    int[] c = coef;
    if (hasAc) {
      Arrays.fill(c, 0);
      hasAc = false;
    }
    if (bitCount < 32) {
      fill();
    }
    int s = decodeSymbol(dc);
    if (s > 15) {
      throw JpegFastDecoder.GiveUp.INSTANCE;
    }
    if (s != 0) {
      prediction += receiveExtend(s);
    }
    c[0] = (short) prediction * q[0]; // libjpeg stores coefficients as 16-bit values
    int[] fastAc = ac.fastAc;
    int mask = 0;
    int k = 1;
    while (k < 64) {
      if (bitCount < 32) {
        fill();
      }
      int entry = fastAc[(int) (bits >>> (bitCount - LOOKAHEAD)) & LOOKAHEAD_MASK];
      int value;
      if ((entry & 0xff) != 0) {
        // Code and coefficient bits in one look-up.
        bitCount -= entry & 0xff;
        k += (entry >> 8) & 0xff;
        value = entry >> 16;
      } else {
        int rs = decodeSymbol(ac);
        int r = rs >> 4;
        s = rs & 15;
        if (s == 0) {
          if (r != 15) {
            break;
          }
          k += 16;
          continue;
        }
        k += r;
        value = receiveExtend(s);
      }
      if (k > 63) {
        throw JpegFastDecoder.GiveUp.INSTANCE;
      }
      int natural = NATURAL[k];
      c[natural] = value * q[k];
      // Column of the coefficient; and, if natural >= 8, that it lies below the first row.
      mask |= (0x100 | (natural + 56) >> 6) << (natural & 7);
      k++;
    }
    columns = mask;
    hasAc = mask != 0;
    return prediction;
  }
}
