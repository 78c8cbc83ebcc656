/**
 * Input tables of an amplification audit (spec §6.1): accounts, interactions, impressions, items,
 * annotations and platform-side aggregates, read from CSV or JSON with row-level validation.
 *
 * <p>Start with {@link eu.vigil.amplification.data.DataSetReader#read(java.nio.file.Path)}. Every
 * problem is reported as an {@link eu.vigil.amplification.data.InputProblem} naming file, row and
 * column; {@link eu.vigil.amplification.data.DataSetWriter} writes the same format back.
 */
@NullMarked
package eu.vigil.amplification.data;

import org.jspecify.annotations.NullMarked;
