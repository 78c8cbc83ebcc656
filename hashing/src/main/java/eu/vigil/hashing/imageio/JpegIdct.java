package eu.vigil.hashing.imageio;

/**
 * The integer inverse DCT of libjpeg 6b ({@code jidctint.c}, "islow") with its range-limit table, so that
 * {@link JpegFastDecoder} produces the same bytes as ImageIO.
 */
final class JpegIdct {

  /** libjpeg's {@code range_limit} for the IDCT output, indexed by {@code value & 1023}. */
  static final byte[] RANGE = new byte[1024];

  static {
    for (int i = 0; i < 1024; i++) {
      int v;
      if (i < 128) {
        v = 128 + i;
      } else if (i < 512) {
        v = 255;
      } else if (i < 896) {
        v = 0;
      } else {
        v = i - 896;
      }
      RANGE[i] = (byte) v;
    }
  }

  private static final int FIX_0_298631336 = 2446;
  private static final int FIX_0_390180644 = 3196;
  private static final int FIX_0_541196100 = 4433;
  private static final int FIX_0_765366865 = 6270;
  private static final int FIX_0_899976223 = 7373;
  private static final int FIX_1_175875602 = 9633;
  private static final int FIX_1_501321110 = 12299;
  private static final int FIX_1_847759065 = 15137;
  private static final int FIX_1_961570560 = 16069;
  private static final int FIX_2_053119869 = 16819;
  private static final int FIX_2_562915447 = 20995;
  private static final int FIX_3_072711026 = 25172;

  private JpegIdct() {
  }

  /**
   * libjpeg's {@code jpeg_idct_islow} of one dequantised block {@code in} (natural order) into {@code out},
   * clipped to the image; {@code ws} is an 8x8 work area; {@code hasAc} false means only {@code in[0]} is set.
   * Bit {@code c} of {@code columns} is clear when column {@code c} is zero below the first row, bit
   * {@code 8 + c} when column {@code c} holds no AC coefficient at all: what libjpeg's zero tests would
   * find, known from decoding. (The results of libjpeg's shortcuts equal those of the full formulas.)
   */
  static void idct(int[] in, int[] ws, boolean hasAc, int columns, byte[] out, int width, int height,
      int x0, int y0) {
    int acColumns = columns & 0xff;
    int rows = Math.min(8, height - y0);
    int cols = Math.min(8, width - x0);
    if (!hasAc) {
      // Both passes' shortcuts for a block with only a DC coefficient.
      byte value = RANGE[(((in[0] << 2) + 16) >> 5) & 1023];
      for (int row = 0; row < rows; row++) {
        int o = (y0 + row) * width + x0;
        for (int x = 0; x < cols; x++) {
          out[o + x] = value;
        }
      }
      return;
    }
    if (acColumns == 0) {
      // Every column takes the column pass's shortcut: all rows of the work area are the same.
      for (int col = 0; col < 8; col++) {
        ws[col] = in[col] << 2;
      }
      rowPass(ws, 0, out, y0 * width + x0, cols);
      int first = y0 * width + x0;
      for (int row = 1; row < rows; row++) {
        System.arraycopy(out, first, out, first + row * width, cols);
      }
      return;
    }
    for (int col = 0; col < 8; col++) {
      if ((acColumns & (1 << col)) == 0) {
        // libjpeg's shortcut for a column whose AC terms are zero (known from decoding, not tested).
        int dcval = in[col] << 2;
        for (int r = 0; r < 8; r++) {
          ws[col + 8 * r] = dcval;
        }
        continue;
      }
      int z2 = in[col + 16];
      int z3 = in[col + 48];
      int z1 = (z2 + z3) * FIX_0_541196100;
      int tmp2 = z1 + z3 * (-FIX_1_847759065);
      int tmp3 = z1 + z2 * FIX_0_765366865;
      z2 = in[col];
      z3 = in[col + 32];
      int tmp0 = (z2 + z3) << 13;
      int tmp1 = (z2 - z3) << 13;
      int tmp10 = tmp0 + tmp3;
      int tmp13 = tmp0 - tmp3;
      int tmp11 = tmp1 + tmp2;
      int tmp12 = tmp1 - tmp2;

      tmp0 = in[col + 56];
      tmp1 = in[col + 40];
      tmp2 = in[col + 24];
      tmp3 = in[col + 8];
      z1 = tmp0 + tmp3;
      z2 = tmp1 + tmp2;
      z3 = tmp0 + tmp2;
      int z4 = tmp1 + tmp3;
      int z5 = (z3 + z4) * FIX_1_175875602;
      tmp0 *= FIX_0_298631336;
      tmp1 *= FIX_2_053119869;
      tmp2 *= FIX_3_072711026;
      tmp3 *= FIX_1_501321110;
      z1 *= -FIX_0_899976223;
      z2 *= -FIX_2_562915447;
      z3 *= -FIX_1_961570560;
      z4 *= -FIX_0_390180644;
      z3 += z5;
      z4 += z5;
      tmp0 += z1 + z3;
      tmp1 += z2 + z4;
      tmp2 += z2 + z3;
      tmp3 += z1 + z4;
      final int round = 1 << 10;
      ws[col] = (tmp10 + tmp3 + round) >> 11;
      ws[col + 56] = (tmp10 - tmp3 + round) >> 11;
      ws[col + 8] = (tmp11 + tmp2 + round) >> 11;
      ws[col + 48] = (tmp11 - tmp2 + round) >> 11;
      ws[col + 16] = (tmp12 + tmp1 + round) >> 11;
      ws[col + 40] = (tmp12 - tmp1 + round) >> 11;
      ws[col + 24] = (tmp13 + tmp0 + round) >> 11;
      ws[col + 32] = (tmp13 - tmp0 + round) >> 11;
    }
    if ((columns & 0xfe00) == 0) {
      // AC only in column 0: columns 1..7 of the work area are zero, every row takes the row shortcut.
      for (int row = 0; row < rows; row++) {
        byte value = RANGE[((ws[row * 8] + 16) >> 5) & 1023];
        int o = (y0 + row) * width + x0;
        for (int x = 0; x < cols; x++) {
          out[o + x] = value;
        }
      }
      return;
    }
    // Otherwise a row of the work area is zero but for column 0 only by coincidence: no test.
    for (int row = 0; row < rows; row++) {
      rowPass(ws, row * 8, out, (y0 + row) * width + x0, cols);
    }
  }

  /** The second (row) pass of one row {@code ws[w..w+7]} into {@code out[o..o+cols-1]}. */
  private static void rowPass(int[] ws, int w, byte[] out, int o, int cols) {
    byte[] range = RANGE;
    int z2 = ws[w + 2];
    int z3 = ws[w + 6];
    int z1 = (z2 + z3) * FIX_0_541196100;
    int tmp2 = z1 + z3 * (-FIX_1_847759065);
    int tmp3 = z1 + z2 * FIX_0_765366865;
    int tmp0 = (ws[w] + ws[w + 4]) << 13;
    int tmp1 = (ws[w] - ws[w + 4]) << 13;
    int tmp10 = tmp0 + tmp3;
    int tmp13 = tmp0 - tmp3;
    int tmp11 = tmp1 + tmp2;
    int tmp12 = tmp1 - tmp2;

    tmp0 = ws[w + 7];
    tmp1 = ws[w + 5];
    tmp2 = ws[w + 3];
    tmp3 = ws[w + 1];
    z1 = tmp0 + tmp3;
    z2 = tmp1 + tmp2;
    z3 = tmp0 + tmp2;
    int z4 = tmp1 + tmp3;
    int z5 = (z3 + z4) * FIX_1_175875602;
    tmp0 *= FIX_0_298631336;
    tmp1 *= FIX_2_053119869;
    tmp2 *= FIX_3_072711026;
    tmp3 *= FIX_1_501321110;
    z1 *= -FIX_0_899976223;
    z2 *= -FIX_2_562915447;
    z3 *= -FIX_1_961570560;
    z4 *= -FIX_0_390180644;
    z3 += z5;
    z4 += z5;
    tmp0 += z1 + z3;
    tmp1 += z2 + z4;
    tmp2 += z2 + z3;
    tmp3 += z1 + z4;
    final int round = 1 << 17;
    if (cols == 8) {
      out[o] = range[((tmp10 + tmp3 + round) >> 18) & 1023];
      out[o + 7] = range[((tmp10 - tmp3 + round) >> 18) & 1023];
      out[o + 1] = range[((tmp11 + tmp2 + round) >> 18) & 1023];
      out[o + 6] = range[((tmp11 - tmp2 + round) >> 18) & 1023];
      out[o + 2] = range[((tmp12 + tmp1 + round) >> 18) & 1023];
      out[o + 5] = range[((tmp12 - tmp1 + round) >> 18) & 1023];
      out[o + 3] = range[((tmp13 + tmp0 + round) >> 18) & 1023];
      out[o + 4] = range[((tmp13 - tmp0 + round) >> 18) & 1023];
    } else {
      int[] values = {
        tmp10 + tmp3, tmp11 + tmp2, tmp12 + tmp1, tmp13 + tmp0,
        tmp13 - tmp0, tmp12 - tmp1, tmp11 - tmp2, tmp10 - tmp3
      };
      for (int x = 0; x < cols; x++) {
        out[o + x] = range[((values[x] + round) >> 18) & 1023];
      }
    }
  }
}
