package eu.vigil.hashing.pdq;

import eu.vigil.hashing.PdqHash;
import java.util.List;
import java.util.Objects;

/**
 * The PDQ hashes of all eight {@link Dihedral} transforms of one image, with its quality.
 *
 * @param hashes eight hashes in the order of {@link Dihedral#values()}
 * @param quality 0..100, shared by all eight
 */
public record DihedralHashes(List<PdqHash> hashes, int quality) {

  /** Checks and copies the list. */
  public DihedralHashes {
    hashes = List.copyOf(hashes);
    if (hashes.size() != Dihedral.values().length) {
      throw new IllegalArgumentException("hashes must hold 8 hashes, got " + hashes.size());
    }
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0..100, got " + quality);
    }
  }

  /** The hash of the image transformed by {@code transform}. */
  public PdqHash hash(Dihedral transform) {
    return hashes.get(Objects.requireNonNull(transform, "transform must not be null").ordinal());
  }

  /** The hash of the untransformed image with the quality. */
  public PdqResult original() {
    return new PdqResult(hash(Dihedral.ORIGINAL), quality);
  }
}
