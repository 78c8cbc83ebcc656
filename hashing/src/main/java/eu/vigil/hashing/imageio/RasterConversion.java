package eu.vigil.hashing.imageio;

import eu.vigil.hashing.pdq.PixelFormat;
import eu.vigil.hashing.pdq.Pixels;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns decoded ImageIO images into {@link Pixels} by reading raster samples, never through
 * {@code getRGB} (which colour-manages grey images and changes their hashes) except as a last resort
 * for colour spaces with no direct meaning here.
 */
final class RasterConversion {

  private RasterConversion() {}

  static Pixels toPixels(BufferedImage image) {
    ColorModel model = image.getColorModel();
    Raster raster = image.getRaster();
    int width = raster.getWidth();
    int height = raster.getHeight();
    if (model instanceof IndexColorModel palette) {
      return fromPalette(raster, palette);
    }
    int transfer = raster.getTransferType();
    boolean integral =
        transfer == DataBuffer.TYPE_BYTE || transfer == DataBuffer.TYPE_USHORT || transfer == DataBuffer.TYPE_INT;
    int space = model.getColorSpace().getType();
    int bands = raster.getNumBands();
    if (integral && space == ColorSpace.TYPE_GRAY && bands >= 1) {
      return new Pixels(width, height, PixelFormat.GREY, samples(raster, new int[] {0}));
    }
    if (integral && space == ColorSpace.TYPE_RGB && bands >= 3) {
      Pixels direct = directBgr(image);
      if (direct != null) {
        return direct;
      }
      return new Pixels(width, height, PixelFormat.RGB, samples(raster, new int[] {0, 1, 2}));
    }
    if (integral && space == ColorSpace.TYPE_CMYK && bands >= 4) {
      return fromCmyk(raster, false);
    }
    return viaRgb(image);
  }

  /** The 3-byte BGR buffer of the JPEG reader used as it is, without copying. */
  private static Pixels directBgr(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_3BYTE_BGR
        || !(image.getRaster().getDataBuffer() instanceof DataBufferByte buffer)
        || !(image.getRaster().getSampleModel() instanceof ComponentSampleModel sm)
        || buffer.getNumBanks() != 1
        || buffer.getOffset() != 0
        || image.getRaster().getParent() != null) {
      return null;
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] offsets = sm.getBandOffsets();
    byte[] data = buffer.getData();
    if (sm.getPixelStride() != 3
        || sm.getScanlineStride() != 3 * width
        || offsets.length != 3
        || offsets[0] != 2 || offsets[1] != 1 || offsets[2] != 0
        || data.length != 3 * width * height) {
      return null;
    }
    return new Pixels(width, height, PixelFormat.BGR, data);
  }

  /** The given bands, interleaved, scaled to 8 bits. */
  private static byte[] samples(Raster raster, int[] bands) {
    int width = raster.getWidth();
    int height = raster.getHeight();
    int c = bands.length;
    byte[] out = new byte[width * height * c];
    int[] row = new int[width];
    for (int b = 0; b < c; b++) {
      int bits = raster.getSampleModel().getSampleSize(bands[b]);
      for (int y = 0; y < height; y++) {
        raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, bands[b], row);
        int o = y * width * c + b;
        for (int x = 0; x < width; x++, o += c) {
          out[o] = (byte) to8Bits(row[x], bits);
        }
      }
    }
    return out;
  }

  static int to8Bits(int value, int bits) {
    if (bits == 8) {
      return value & 0xff;
    }
    if (bits <= 0 || bits > 16) {
      throw new IllegalArgumentException("unsupported sample size: " + bits + " bits");
    }
    int max = (1 << bits) - 1;
    int v = Math.max(0, Math.min(max, value));
    return (v * 255 + max / 2) / max;
  }

  private static Pixels fromPalette(Raster raster, IndexColorModel palette) {
    int size = palette.getMapSize();
    byte[] reds = new byte[size];
    byte[] greens = new byte[size];
    byte[] blues = new byte[size];
    palette.getReds(reds);
    palette.getGreens(greens);
    palette.getBlues(blues);
    boolean grey = true;
    for (int i = 0; i < size && grey; i++) {
      grey = reds[i] == greens[i] && greens[i] == blues[i];
    }
    int width = raster.getWidth();
    int height = raster.getHeight();
    int c = grey ? 1 : 3;
    byte[] out = new byte[width * height * c];
    int[] row = new int[width];
    int o = 0;
    for (int y = 0; y < height; y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, 0, row);
      for (int x = 0; x < width; x++) {
        int index = row[x] >= 0 && row[x] < size ? row[x] : 0;
        if (grey) {
          out[o++] = reds[index];
        } else {
          out[o++] = reds[index];
          out[o++] = greens[index];
          out[o++] = blues[index];
        }
      }
    }
    return new Pixels(width, height, grey ? PixelFormat.GREY : PixelFormat.RGB, out);
  }

  /**
   * CMYK to RGB without a colour profile, as ImageMagick does: {@code R = (1 - C)(1 - K)}.
   * {@code inverted} is for Adobe-style JPEGs that store 255 minus each ink value.
   */
  static Pixels fromCmyk(Raster raster, boolean inverted) {
    int width = raster.getWidth();
    int height = raster.getHeight();
    byte[] out = new byte[width * height * 3];
    int[][] ink = new int[4][width];
    int o = 0;
    for (int y = 0; y < height; y++) {
      for (int b = 0; b < 4; b++) {
        raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, b, ink[b]);
      }
      for (int x = 0; x < width; x++) {
        int k = ink[3][x] & 0xff;
        int white = inverted ? k : 255 - k;
        for (int b = 0; b < 3; b++) {
          int v = ink[b][x] & 0xff;
          int paper = inverted ? v : 255 - v;
          out[o++] = (byte) ((paper * white + 127) / 255);
        }
      }
    }
    return new Pixels(width, height, PixelFormat.RGB, out);
  }

  /** Last resort for unusual colour spaces: let Java convert to sRGB. */
  private static Pixels viaRgb(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    byte[] out = new byte[width * height * 3];
    int[] row = new int[width];
    int o = 0;
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int argb = row[x];
        out[o++] = (byte) (argb >> 16);
        out[o++] = (byte) (argb >> 8);
        out[o++] = (byte) argb;
      }
    }
    return new Pixels(width, height, PixelFormat.RGB, out);
  }
}
