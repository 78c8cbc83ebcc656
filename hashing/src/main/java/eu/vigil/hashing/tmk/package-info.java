/**
 * TMK+PDQF video hashes (Temporal Match Kernel over PDQ float frame features, Meta/FAIR 2019), as
 * exchanged by GIFCT, NCMEC and StopNCII: the fixed-length hash ({@link eu.vigil.hashing.tmk.TmkHash}),
 * its upstream binary file format ({@link eu.vigil.hashing.tmk.TmkFormat}), pair scoring exactly as
 * upstream ({@link eu.vigil.hashing.tmk.TmkScores}) and computing the hash from frames ({@link
 * eu.vigil.hashing.tmk.TmkHasher}). Depends on {@code java.base} only; decoding video is elsewhere.
 */
@NullMarked
package eu.vigil.hashing.tmk;

import org.jspecify.annotations.NullMarked;
