/**
 * Per-cell amplification analysis (spec §6.2): builds cells (platform × market × language × ideology ×
 * surface × persona) from the input tables, computes every estimate of a cell with the statistics of
 * {@code eu.vigil.amplification.stats}, and adjusts for multiplicity across cells.
 *
 * <p>Start with {@link eu.vigil.amplification.analysis.AmplificationAnalysis#run}.
 */
@NullMarked
package eu.vigil.amplification.analysis;

import org.jspecify.annotations.NullMarked;
