/**
 * Signals: the hash values exchanged with hash-sharing partners (PDQ, MD5, SHA-256), their strict
 * parsing and canonical text forms, and the computation of exact hashes.
 *
 * <p>Start with {@link eu.vigil.hashing.SignalType#parse(String)} to read a hash from text and
 * {@link eu.vigil.hashing.ExactHashes} to compute MD5 or SHA-256 of content.
 */
@NullMarked
package eu.vigil.hashing;

import org.jspecify.annotations.NullMarked;
