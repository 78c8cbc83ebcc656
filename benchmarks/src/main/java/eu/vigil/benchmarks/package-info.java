/**
 * JMH benchmarks of the hashing module: decode + PDQ of ~1 MP JPEGs on one core
 * ({@link eu.vigil.benchmarks.PdqHashingBenchmark}), radius-31 query latency of the index against a
 * linear scan at 1M and 10M hashes ({@link eu.vigil.benchmarks.PdqIndexBenchmark}), and loading a
 * 10M-hash snapshot ({@link eu.vigil.benchmarks.SnapshotLoadBenchmark}). Test images are generated
 * from the shared test photos by {@link eu.vigil.benchmarks.JpegSet}.
 */
@NullMarked
package eu.vigil.benchmarks;

import org.jspecify.annotations.NullMarked;
