/**
 * Synthetic audit data with known truth (spec §6.5 designs R1-R3, R8, R10, plus a demonstration data
 * set), for the acceptance tests and for users who want to check the method before trusting it.
 *
 * <p>Start with {@link eu.vigil.amplification.synthetic.SyntheticDesigns#generate}.
 */
@NullMarked
package eu.vigil.amplification.synthetic;

import org.jspecify.annotations.NullMarked;
