/**
 * Statistics of amplification audits (spec §2.8): account-level cluster bootstrap, exposure and reach
 * ratios, permutation tests, multiplicity adjustment, Kaplan-Meier and log-rank, trajectories, paired
 * counterfactual effects, Krippendorff's alpha, the Rogan-Gladen correction and power.
 *
 * <p>Distributions and classical tests come from Apache Commons Math 3. Every random method takes a
 * {@link java.util.random.RandomGenerator} so that results are deterministic under a seed
 * (see {@link eu.vigil.amplification.stats.Seeds}). The account is always the unit of resampling.
 */
@NullMarked
package eu.vigil.amplification.stats;

import org.jspecify.annotations.NullMarked;
