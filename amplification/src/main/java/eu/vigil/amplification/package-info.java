/**
 * Vigil amplification analytics: the entry points for callers such as the CLI.
 *
 * <p>{@link eu.vigil.amplification.Amplification#analyze} reads a data directory, runs the analysis
 * and writes the report; {@link eu.vigil.amplification.Amplification#simulate} writes a synthetic data
 * set with known truth. The packages below hold the parts: {@code taxonomy}, {@code data},
 * {@code stats}, {@code analysis}, {@code synthetic} and {@code report}.
 */
@NullMarked
package eu.vigil.amplification;

import org.jspecify.annotations.NullMarked;
