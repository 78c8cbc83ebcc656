/**
 * Indexes that find stored signals matching a query: {@link eu.vigil.hashing.index.PdqIndex} returns
 * every PDQ hash within a Hamming radius (exact, multi-index hashing), {@link
 * eu.vigil.hashing.index.LinearScanPdqIndex} is the plain scan it is checked against, and {@link
 * eu.vigil.hashing.index.ExactHashIndex} matches MD5 and SHA-256 hashes by equality.
 *
 * <p>Entries carry a caller-chosen {@code long} id (for instance a bank content id or a line number);
 * results are {@link eu.vigil.hashing.index.MatchResult}s with the id and the distance.
 */
@NullMarked
package eu.vigil.hashing.index;

import org.jspecify.annotations.NullMarked;
