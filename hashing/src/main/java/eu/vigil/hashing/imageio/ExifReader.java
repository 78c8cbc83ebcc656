package eu.vigil.hashing.imageio;

import java.nio.charset.StandardCharsets;

/**
 * Finds the EXIF orientation tag in JPEG and PNG files by walking their segment/chunk structure and
 * the first TIFF directory. Every read is bounds-checked; malformed input yields 0 (unknown).
 */
final class ExifReader {

  private static final int ORIENTATION_TAG = 0x0112;
  private static final int TYPE_SHORT = 3;
  private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private ExifReader() {}

  /** The orientation tag value, or 0 if absent or unreadable. */
  static int orientation(byte[] file) {
    try {
      if (file.length > 4 && (file[0] & 0xff) == 0xff && (file[1] & 0xff) == 0xd8) {
        return fromJpeg(file);
      }
      if (startsWith(file, 0, PNG_SIGNATURE)) {
        return fromPng(file);
      }
    } catch (IndexOutOfBoundsException e) {
      return 0; // defensive: any inconsistency means "unknown"
    }
    return 0;
  }

  private static int fromJpeg(byte[] f) {
    int p = 2;
    while (p + 4 <= f.length) {
      if ((f[p] & 0xff) != 0xff) {
        return 0;
      }
      int marker = f[p + 1] & 0xff;
      if (marker == 0xff) { // fill byte
        p++;
        continue;
      }
      if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        p += 2; // markers without a length
        continue;
      }
      if (marker == 0xda || marker == 0xd9) {
        return 0; // start of scan or end of image: no EXIF before the pixels
      }
      int length = u16(f, p + 2, false);
      if (length < 2 || p + 2 + length > f.length) {
        return 0;
      }
      int payload = p + 4;
      if (marker == 0xe1 && startsWith(f, payload, EXIF_HEADER)) {
        return fromTiff(f, payload + EXIF_HEADER.length, p + 2 + length);
      }
      p += 2 + length;
    }
    return 0;
  }

  private static int fromPng(byte[] f) {
    int p = PNG_SIGNATURE.length;
    while (p + 12 <= f.length) {
      long length = u32(f, p, false);
      if (length > f.length - p - 12L) {
        return 0;
      }
      String type = new String(f, p + 4, 4, StandardCharsets.ISO_8859_1);
      int data = p + 8;
      if (type.equals("eXIf")) {
        return fromTiff(f, data, data + (int) length);
      }
      if (type.equals("IEND")) {
        return 0;
      }
      p = data + (int) length + 4;
    }
    return 0;
  }

  /** Reads the orientation from a TIFF structure occupying {@code f[start..end)}. */
  private static int fromTiff(byte[] f, int start, int end) {
    if (end - start < 8) {
      return 0;
    }
    boolean little;
    if (f[start] == 'I' && f[start + 1] == 'I') {
      little = true;
    } else if (f[start] == 'M' && f[start + 1] == 'M') {
      little = false;
    } else {
      return 0;
    }
    if (u16(f, start + 2, little) != 42) {
      return 0;
    }
    long ifd = u32(f, start + 4, little);
    if (ifd < 8 || ifd > end - start - 2L) {
      return 0;
    }
    int dir = start + (int) ifd;
    int entries = u16(f, dir, little);
    for (int i = 0; i < entries; i++) {
      int e = dir + 2 + 12 * i;
      if (e + 12 > end) {
        return 0;
      }
      if (u16(f, e, little) == ORIENTATION_TAG) {
        if (u16(f, e + 2, little) != TYPE_SHORT || u32(f, e + 4, little) < 1) {
          return 0;
        }
        return u16(f, e + 8, little);
      }
    }
    return 0;
  }

  private static boolean startsWith(byte[] f, int at, byte[] prefix) {
    if (at < 0 || at + prefix.length > f.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (f[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u16(byte[] f, int at, boolean little) {
    int a = f[at] & 0xff;
    int b = f[at + 1] & 0xff;
    return little ? (b << 8) | a : (a << 8) | b;
  }

  private static long u32(byte[] f, int at, boolean little) {
    long hi = u16(f, at + (little ? 2 : 0), little);
    long lo = u16(f, at + (little ? 0 : 2), little);
    return (hi << 16) | lo;
  }
}
