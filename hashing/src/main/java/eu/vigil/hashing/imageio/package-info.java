/**
 * Decoding image files into {@link eu.vigil.hashing.pdq.Pixels} with Java's ImageIO, reading raster
 * samples directly so that no colour management changes them: grey stays grey, palette images are
 * looked up by colour, CMYK JPEGs are converted, alpha is dropped, and the EXIF orientation is
 * applied on request.
 *
 * <p>This is the only package of the module that needs {@code java.desktop}. Start with {@link
 * eu.vigil.hashing.imageio.ImageIoDecoder}.
 */
@NullMarked
package eu.vigil.hashing.imageio;

import org.jspecify.annotations.NullMarked;
