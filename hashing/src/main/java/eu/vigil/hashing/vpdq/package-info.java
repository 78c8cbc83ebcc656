/**
 * vPDQ video hashes (Meta, 2022): one PDQ hash per sampled frame with its quality, frame number and
 * timestamp ({@link eu.vigil.hashing.vpdq.VpdqFrame}), the upstream frame-hash file ({@link
 * eu.vigil.hashing.vpdq.VpdqFile}), and bag-of-frames matching of two videos under either upstream
 * convention ({@link eu.vigil.hashing.vpdq.VpdqMatchRule}, {@link eu.vigil.hashing.vpdq.VpdqMatch}).
 * Depends on {@code java.base} only.
 */
@NullMarked
package eu.vigil.hashing.vpdq;

import org.jspecify.annotations.NullMarked;
