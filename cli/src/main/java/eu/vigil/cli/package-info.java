/**
 * The {@code vigil} command-line tools: {@code hash} (PDQ hashes of image files), {@code match} (every
 * pair of two hash lists within a radius), {@code bench} (hashing throughput, matching latency against
 * the linear-scan baseline, amplification analysis time) and {@code amplification simulate|analyze}
 * (amplification analytics of recommender-system audits, module {@code amplification}). Built on picocli; {@link eu.vigil.cli.VigilCli} is
 * the entry point. Exit codes: 0 success, 1 some inputs failed, 2 bad arguments or malformed input.
 */
@NullMarked
package eu.vigil.cli;

import org.jspecify.annotations.NullMarked;
