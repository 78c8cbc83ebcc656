/**
 * The PDQ perceptual image hash, bit-exact with Meta's reference implementation: luminance, Jarosz
 * (two-pass box filter) downsampling to 64x64, quality metric, partial 16x16 DCT, median threshold,
 * and the eight dihedral variants.
 *
 * <p>This package depends on {@code java.base} only: it takes decoded pixels ({@link
 * eu.vigil.hashing.pdq.Pixels}) or a luminance array, so it runs wherever Java runs, including
 * phones. Decoding image files is the job of {@code eu.vigil.hashing.imageio} or any other decoder.
 * Start with {@link eu.vigil.hashing.pdq.PdqHasher}.
 */
@NullMarked
package eu.vigil.hashing.pdq;

import org.jspecify.annotations.NullMarked;
