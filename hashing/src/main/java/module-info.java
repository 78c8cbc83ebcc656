/**
 * Vigil hashing: PDQ perceptual image hashes (bit-exact with the reference implementation), the video
 * hashes TMK+PDQF and vPDQ, MD5 and SHA-256 exact hashes, their canonical text forms, and indexes
 * that find every stored hash within a Hamming radius.
 *
 * <p>The core packages ({@code eu.vigil.hashing}, {@code eu.vigil.hashing.pdq},
 * {@code eu.vigil.hashing.tmk}, {@code eu.vigil.hashing.vpdq} and {@code eu.vigil.hashing.index}) use only {@code java.base}; image decoding with ImageIO lives in
 * {@code eu.vigil.hashing.imageio}, the only package that needs {@code java.desktop}.
 * {@code eu.vigil.hashing.video} decodes video by running the {@code ffmpeg} program.
 */
module eu.vigil.hashing {
  requires static org.jspecify;
  requires java.desktop;

  exports eu.vigil.hashing;
  exports eu.vigil.hashing.pdq;
  exports eu.vigil.hashing.index;
  exports eu.vigil.hashing.imageio;
  exports eu.vigil.hashing.tmk;
  exports eu.vigil.hashing.vpdq;
  exports eu.vigil.hashing.video;
}
