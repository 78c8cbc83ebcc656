package eu.vigil.hashing.imageio;

import eu.vigil.hashing.pdq.Dihedral;

/**
 * The EXIF {@code Orientation} tag (0x0112): how the stored pixels must be transformed to be shown
 * upright. Cameras store the sensor's pixels and set this tag instead of rotating them.
 */
public enum ExifOrientation {
  /** 1: stored upright. */
  NORMAL(1, Dihedral.ORIGINAL),
  /** 2: stored mirrored left/right. */
  MIRROR_HORIZONTAL(2, Dihedral.FLIP_Y),
  /** 3: stored upside down. */
  ROTATE_180(3, Dihedral.ROTATE_180),
  /** 4: stored mirrored top/bottom. */
  MIRROR_VERTICAL(4, Dihedral.FLIP_X),
  /** 5: stored transposed. */
  TRANSPOSE(5, Dihedral.FLIP_PLUS_1),
  /** 6: must be rotated 90 degrees clockwise to be upright. */
  ROTATE_90_CLOCKWISE(6, Dihedral.ROTATE_270),
  /** 7: stored anti-transposed. */
  TRANSVERSE(7, Dihedral.FLIP_MINUS_1),
  /** 8: must be rotated 90 degrees counter-clockwise to be upright. */
  ROTATE_90_COUNTER_CLOCKWISE(8, Dihedral.ROTATE_90);

  private final int tagValue;
  private final Dihedral correction;

  ExifOrientation(int tagValue, Dihedral correction) {
    this.tagValue = tagValue;
    this.correction = correction;
  }

  /** The tag value 1..8. */
  public int tagValue() {
    return tagValue;
  }

  /** The transform that turns the stored pixels upright. */
  public Dihedral correction() {
    return correction;
  }

  /** The orientation with the given tag value, or {@link #NORMAL} for values outside 1..8. */
  public static ExifOrientation ofTagValue(int value) {
    return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
  }

  /**
   * The orientation recorded in a JPEG (APP1 Exif segment) or PNG ({@code eXIf} chunk) file;
   * {@link #NORMAL} if there is none or it cannot be read. Never throws on malformed data.
   */
  public static ExifOrientation of(byte[] file) {
    return ofTagValue(ExifReader.orientation(file));
  }
}
