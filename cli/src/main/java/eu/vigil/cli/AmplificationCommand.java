package eu.vigil.cli;

import picocli.CommandLine.Command;

/** {@code vigil amplification}: amplification analytics of recommender-system audit data (issue 6). */
@Command(
    name = "amplification",
    mixinStandardHelpOptions = true,
    description = "Measures how recommender systems amplify borderline and extremist content in audit"
        + " data (see amplification/README.md): simulate a design with known truth, or analyse a data"
        + " directory.",
    subcommands = {SimulateCommand.class, AnalyzeCommand.class})
final class AmplificationCommand {}
