package eu.vigil.hashing.imageio;

import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** Small, bounds-checked look-ups in a JPEG's marker segments that ImageIO does not expose simply. */
final class JpegStructure {

  private JpegStructure() {}

  /** Whether the first frame header (SOFn) declares four colour components (CMYK or YCCK). */
  static boolean hasFourComponents(byte[] f) {
    int p = 2;
    while (p + 4 <= f.length && (f[p] & 0xff) == 0xff) {
      int marker = f[p + 1] & 0xff;
      if (marker == 0xda || marker == 0xd9) {
        return false;
      }
      int length = ((f[p + 2] & 0xff) << 8) | (f[p + 3] & 0xff);
      boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (frame && p + 9 < f.length) {
        return (f[p + 9] & 0xff) == 4;
      }
      if (length < 2) {
        return false;
      }
      p += 2 + length;
    }
    return false;
  }

  /**
   * The transform flag of the Adobe APP14 segment (0 = CMYK, 1 = YCbCr, 2 = YCCK), or -1 if there is
   * no such segment. Adobe-marked CMYK JPEGs store inverted ink values.
   */
  static int adobeTransform(byte[] f) {
    int p = 2;
    while (p + 4 <= f.length && (f[p] & 0xff) == 0xff) {
      int marker = f[p + 1] & 0xff;
      if (marker == 0xda || marker == 0xd9) {
        return -1;
      }
      int length = ((f[p + 2] & 0xff) << 8) | (f[p + 3] & 0xff);
      if (length < 2) {
        return -1;
      }
      if (marker == 0xee && length >= 14 && p + 4 + 12 <= f.length
          && f[p + 4] == 'A' && f[p + 5] == 'd' && f[p + 6] == 'o' && f[p + 7] == 'b' && f[p + 8] == 'e') {
        return f[p + 4 + 11] & 0xff;
      }
      p += 2 + length;
    }
    return -1;
  }

  /** Converts YCCK samples to inverted, Adobe-style CMYK, as libjpeg's YCCK-to-CMYK conversion does. */
  static Raster ycckToCmyk(Raster ycck) {
    WritableRaster out = ycck.createCompatibleWritableRaster();
    int width = ycck.getWidth();
    int[] y = new int[width];
    int[] cb = new int[width];
    int[] cr = new int[width];
    int[] k = new int[width];
    for (int row = 0; row < ycck.getHeight(); row++) {
      int sy = ycck.getMinY() + row;
      ycck.getSamples(ycck.getMinX(), sy, width, 1, 0, y);
      ycck.getSamples(ycck.getMinX(), sy, width, 1, 1, cb);
      ycck.getSamples(ycck.getMinX(), sy, width, 1, 2, cr);
      ycck.getSamples(ycck.getMinX(), sy, width, 1, 3, k);
      for (int x = 0; x < width; x++) {
        double yy = y[x];
        double r = yy + 1.402 * (cr[x] - 128);
        double g = yy - 0.344136 * (cb[x] - 128) - 0.714136 * (cr[x] - 128);
        double b = yy + 1.772 * (cb[x] - 128);
        // As libjpeg does: the stored (Adobe-inverted) ink value is 255 minus the YCC-decoded colour.
        out.setSample(x, row, 0, 255 - clamp(r));
        out.setSample(x, row, 1, 255 - clamp(g));
        out.setSample(x, row, 2, 255 - clamp(b));
        out.setSample(x, row, 3, k[x]);
      }
    }
    return out;
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }
}
