package eu.vigil.hashing.pdq;

import eu.vigil.hashing.PdqHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes PDQ hashes, bit for bit as Meta's reference implementation does on the same pixels.
 *
 * <pre>{@code
 * PdqHasher hasher = new PdqHasher();                  // PdqDefinition.FULL
 * PdqResult result = hasher.hash(Pixels.rgb(w, h, rgbBytes));
 * String hex = result.hash().toText();                  // 64 hex digits
 * }</pre>
 *
 * <p>An instance reuses its work buffers (a few dozen rows of the widest image seen, and 64 floats
 * per row of the tallest), so it allocates next to nothing per image once warm. It is <b>not
 * thread-safe</b>: use one per thread.
 *
 * <p>Steps (see {@code shared/specs/hashing.md} §1.2): luminance {@code 0.299R + 0.587G + 0.114B}
 * in float32 (grey used as is); a side below {@value #MIN_SIDE} pixels gives the zero hash with
 * quality 0; downsampling to 64x64 by two rounds of row/column box filters with windows
 * {@code ceil(side / 128)} (skipped for exactly 64x64 input); quality from neighbour differences;
 * DCT keeping frequencies 1..16; bit = coefficient above the median.
 */
public final class PdqHasher {

  /** Images with a width or height below this hash to {@link PdqHash#ZERO} with quality 0. */
  public static final int MIN_SIDE = 5;

  /** Longest side the {@link PdqDefinition#CLI512} definition hashes without resizing. */
  public static final int CLI_MAX_SIDE = 512;

  private static final int CELLS = JaroszDownsampler.OUT * JaroszDownsampler.OUT;

  private final PdqDefinition definition;
  private final JaroszDownsampler downsampler = new JaroszDownsampler();
  private final float[] buffer64 = new float[CELLS];
  private final float[] buffer16x64 = new float[Dct16.N * JaroszDownsampler.OUT];
  private final float[] dct = new float[Dct16.N * Dct16.N];
  private final float[] transformed = new float[Dct16.N * Dct16.N];
  private final float[] scratch = new float[Dct16.N * Dct16.N];

  /** A hasher for the default {@link PdqDefinition#FULL} definition. */
  public PdqHasher() {
    this(PdqDefinition.FULL);
  }

  /** A hasher for the given definition. */
  public PdqHasher(PdqDefinition definition) {
    this.definition = Objects.requireNonNull(definition, "definition must not be null");
  }

  /** The definition this hasher follows. */
  public PdqDefinition definition() {
    return definition;
  }

  /** The PDQ hash and quality of the pixels. */
  public PdqResult hash(Pixels pixels) {
    Objects.requireNonNull(pixels, "pixels must not be null");
    return hashRows(rowsOf(pixels));
  }

  /** The hashes of all eight rotations and reflections of the pixels, from one DCT. */
  public DihedralHashes hashDihedral(Pixels pixels) {
    Objects.requireNonNull(pixels, "pixels must not be null");
    return dihedralOfRows(rowsOf(pixels));
  }

  /**
   * The PDQ hash of an image's luminance: exactly {@code hash(pixels)} when {@code luma} is
   * {@code Luma.of(pixels)}, for both definitions.
   */
  public PdqResult hash(Luma luma) {
    Objects.requireNonNull(luma, "luma must not be null");
    return hashRows(rowsOf(luma));
  }

  /** The eight dihedral hashes of an image's luminance; see {@link #hash(Luma)}. */
  public DihedralHashes hashDihedral(Luma luma) {
    Objects.requireNonNull(luma, "luma must not be null");
    return dihedralOfRows(rowsOf(luma));
  }

  private LumaRows rowsOf(Luma luma) {
    if (definition == PdqDefinition.CLI512
        && (luma.width() > CLI_MAX_SIDE || luma.height() > CLI_MAX_SIDE)) {
      return LumaRows.resized(luma, CLI_MAX_SIDE, CLI_MAX_SIDE);
    }
    return LumaRows.of(luma.values(), luma.width(), luma.height());
  }

  /**
   * The PDQ hash of a luminance matrix ({@code height} rows of {@code width} values, row-major),
   * for callers that computed luminance themselves. The {@link PdqDefinition#CLI512} resize does
   * not apply here. The array is only read.
   */
  public PdqResult hashLuma(float[] luma, int width, int height) {
    return hashRows(lumaRows(luma, width, height));
  }

  /** The eight dihedral hashes of a luminance matrix; see {@link #hashLuma}. */
  public DihedralHashes hashDihedralLuma(float[] luma, int width, int height) {
    return dihedralOfRows(lumaRows(luma, width, height));
  }

  private static LumaRows lumaRows(float[] luma, int width, int height) {
    Objects.requireNonNull(luma, "luma must not be null");
    if (width < 1 || height < 1 || (long) width * height != luma.length) {
      throw new IllegalArgumentException(
          "luma must hold width*height values, got %d for %dx%d".formatted(luma.length, width, height));
    }
    return LumaRows.of(luma, width, height);
  }

  /**
   * The PDQ float feature of an image's luminance: the 16x16 DCT output before thresholding
   * (row-major, row = vertical frequency 1..16), as the reference {@code pdqFloat256FromFloatLuma}
   * computes it; the frame feature of TMK+PDQF. The {@link PdqDefinition#CLI512} resize does not
   * apply. Images with a side below {@value #MIN_SIDE} give all zeros.
   *
   * @return a new array of 256 floats
   */
  public float[] floatFeature(Luma luma) {
    Objects.requireNonNull(luma, "luma must not be null");
    float[] out = new float[Dct16.N * Dct16.N];
    LumaRows rows = LumaRows.of(luma.values(), luma.width(), luma.height());
    if (rows.width() >= MIN_SIDE && rows.height() >= MIN_SIDE) {
      dctOf(rows);
      System.arraycopy(dct, 0, out, 0, out.length);
    }
    return out;
  }

  private LumaRows rowsOf(Pixels pixels) {
    if (definition == PdqDefinition.CLI512
        && (pixels.width() > CLI_MAX_SIDE || pixels.height() > CLI_MAX_SIDE)) {
      return LumaRows.resized(pixels, CLI_MAX_SIDE, CLI_MAX_SIDE);
    }
    return LumaRows.of(pixels);
  }

  private PdqResult hashRows(LumaRows rows) {
    if (rows.width() < MIN_SIDE || rows.height() < MIN_SIDE) {
      return new PdqResult(PdqHash.ZERO, 0);
    }
    int quality = dctOf(rows);
    return new PdqResult(Dct16.bits(dct, scratch), quality);
  }

  private DihedralHashes dihedralOfRows(LumaRows rows) {
    List<PdqHash> hashes = new ArrayList<>(8);
    if (rows.width() < MIN_SIDE || rows.height() < MIN_SIDE) {
      for (int i = 0; i < Dihedral.values().length; i++) {
        hashes.add(PdqHash.ZERO);
      }
      return new DihedralHashes(hashes, 0);
    }
    int quality = dctOf(rows);
    for (Dihedral transform : Dihedral.values()) {
      Dct16.dihedral(dct, transform, transformed);
      hashes.add(Dct16.bits(transformed, scratch));
    }
    return new DihedralHashes(hashes, quality);
  }

  /** Fills {@link #dct} and returns the quality. */
  private int dctOf(LumaRows rows) {
    downsampler.downsample(rows, buffer64);
    int quality = Dct16.quality(buffer64);
    Dct16.dct(buffer64, buffer16x64, dct);
    return quality;
  }
}
