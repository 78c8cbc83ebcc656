package eu.vigil.cli;

import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.index.MatchResult;
import eu.vigil.hashing.index.PdqIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil match}: every pair of a query list and a hash list within a Hamming radius, printed
 * as {@code query_line,list_line,distance} with 1-based line numbers, by query line then list line.
 */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    subcommands = MatchVideoCommand.class,
    description = {
      "Prints query_line,list_line,distance for every pair of hashes within the radius (inclusive),",
      "with 1-based line numbers, ordered by query line, then list line.",
      "A line holds one PDQ hash as 64 hex digits, optionally followed by a comma and more fields",
      "(so the output of 'vigil hash' works); blank lines and lines starting with # are skipped.",
      "Videos: vigil match video QUERY TARGET... (vPDQ and TMK+PDQF)."
    })
final class MatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  // not required = true so that picocli reaches the "video" subcommand; checked in call()
  @Option(names = "--hashes", paramLabel = "LIST.txt", description = "The hash list to search.")
  Path hashes;

  @Option(
      names = "--radius",
      paramLabel = "R",
      defaultValue = "31",
      description = "Largest Hamming distance that matches, 0..256 (default ${DEFAULT-VALUE}).")
  int radius;

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY_LIST.txt", description = "The hashes to look up.")
  Path queries;

  @Override
  public Integer call() {
    if (hashes == null) {
      throw new UsageException("missing required option: --hashes=LIST.txt");
    }
    if (queries == null) {
      throw new UsageException("missing required parameter: QUERY_LIST.txt");
    }
    if (radius < 0 || radius > PdqHash.BITS) {
      throw new UsageException("--radius must be 0..256, got " + radius);
    }
    HashList list = HashList.read(hashes);
    HashList queryList = HashList.read(queries);
    PdqIndex index = PdqIndex.of(list.words(), list.lines().clone(), list.size());
    PrintWriter out = spec.commandLine().getOut();
    StringBuilder line = new StringBuilder();
    for (int q = 0; q < queryList.size(); q++) {
      List<MatchResult> matches = index.search(queryList.hash(q), radius).stream()
          .sorted((a, b) -> Long.compare(a.id(), b.id()))
          .toList();
      for (MatchResult match : matches) {
        line.setLength(0);
        line.append(queryList.lines()[q]).append(',').append(match.id()).append(',').append(match.distance());
        out.println(line);
      }
    }
    out.flush();
    return VigilCli.OK;
  }
}
