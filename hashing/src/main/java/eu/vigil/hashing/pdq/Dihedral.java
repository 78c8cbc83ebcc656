package eu.vigil.hashing.pdq;

/**
 * The eight rotations and reflections of an image (the dihedral group of the square). PDQ computes
 * the hashes of all eight from one DCT, so a lookup can find rotated or mirrored copies.
 *
 * <p>Each constant describes how a transformed image is made from the original; {@link
 * Pixels#transform(Dihedral)} applies it to pixels.
 */
public enum Dihedral {
  /** Unchanged. */
  ORIGINAL("original"),
  /** Rotated 90 degrees counter-clockwise. */
  ROTATE_90("rotate90"),
  /** Rotated 180 degrees. */
  ROTATE_180("rotate180"),
  /** Rotated 90 degrees clockwise (270 counter-clockwise). */
  ROTATE_270("rotate270"),
  /** Top and bottom swapped (mirrored about the horizontal axis). */
  FLIP_X("flipx"),
  /** Left and right swapped (mirror image). */
  FLIP_Y("flipy"),
  /** Transposed: mirrored about the main diagonal. */
  FLIP_PLUS_1("flipplus1"),
  /** Anti-transposed: mirrored about the anti-diagonal. */
  FLIP_MINUS_1("flipminus1");

  private final String id;

  Dihedral(String id) {
    this.id = id;
  }

  /** The upstream name, e.g. {@code rotate90} or {@code flipplus1}. */
  public String id() {
    return id;
  }

  /** Whether width and height trade places under this transform. */
  public boolean swapsSides() {
    return this == ROTATE_90 || this == ROTATE_270 || this == FLIP_PLUS_1 || this == FLIP_MINUS_1;
  }
}
