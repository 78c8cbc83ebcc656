package eu.vigil.cli;

import picocli.CommandLine.Command;

/** {@code vigil bench}: throughput and latency measurements (see {@code docs/benchmarks.md}). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures hashing throughput, matching latency (against a baseline in the same run) or amplification analysis time.",
    subcommands = {BenchHashCommand.class, BenchMatchCommand.class, BenchAmplificationCommand.class})
final class BenchCommand {}
