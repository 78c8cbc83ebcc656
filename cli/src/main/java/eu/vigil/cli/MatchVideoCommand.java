package eu.vigil.cli;

import eu.vigil.hashing.tmk.TmkFormat;
import eu.vigil.hashing.tmk.TmkHash;
import eu.vigil.hashing.tmk.TmkScores;
import eu.vigil.hashing.video.UnreadableVideoException;
import eu.vigil.hashing.video.VideoHasher;
import eu.vigil.hashing.video.VpdqSampling;
import eu.vigil.hashing.vpdq.VpdqFile;
import eu.vigil.hashing.vpdq.VpdqFrame;
import eu.vigil.hashing.vpdq.VpdqMatch;
import eu.vigil.hashing.vpdq.VpdqMatchRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil match video}: a query video or hash against target videos or hashes. A file ending
 * in {@code .txt} is a vPDQ hash file, one ending in {@code .tmk} a TMK+PDQF hash, anything else a
 * video, hashed on the fly (vPDQ of every frame, or TMK when compared with a {@code .tmk} file).
 *
 * <p>One line per target: {@code vpdq,query_percent,target_percent,verdict,query,target} (percent
 * of the query's and the target's frames matched under the rule, two decimals as upstream) or
 * {@code tmk,level1,level2,verdict,query,target}; verdict {@code match} or {@code no_match}.
 */
@Command(
    name = "video",
    mixinStandardHelpOptions = true,
    description = {
      "Compares a query video or hash with target videos or hashes (.txt = vPDQ file, .tmk = TMK+PDQF,",
      "anything else = a video, hashed here). One line per target:",
      "vpdq,query_percent,target_percent,verdict,query,target or tmk,level1,level2,verdict,query,target.",
      "Targets that cannot be decoded are reported on stderr and skipped (exit code 1)."
    })
final class MatchVideoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--rule",
      paramLabel = "python|cpp",
      defaultValue = "python",
      converter = Converters.VpdqRule.class,
      description = "vPDQ frame matching: python (default; python-threatexchange/HMA: distance <= 31,"
          + " duplicates removed) or cpp (upstream C++ brute matcher: distance < 31, duplicates kept); quality >= 50.")
  VpdqMatchRule rule;

  @Option(
      names = "--query-percent",
      paramLabel = "P",
      defaultValue = "80",
      description = "vPDQ verdict: least percent of query frames matched (default ${DEFAULT-VALUE}, as python-threatexchange).")
  double queryPercent;

  @Option(
      names = "--target-percent",
      paramLabel = "P",
      defaultValue = "0",
      description = "vPDQ verdict: least percent of target frames matched (default ${DEFAULT-VALUE}).")
  double targetPercent;

  @Option(
      names = "--tmk-threshold",
      paramLabel = "T",
      defaultValue = "0.7",
      description = "TMK verdict: least level-1 and level-2 score (default ${DEFAULT-VALUE}, upstream's).")
  float tmkThreshold;

  @Parameters(index = "0", paramLabel = "QUERY", description = "Query video, vPDQ file (.txt) or TMK file (.tmk).")
  Path query;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "TARGET", description = "Target videos or hash files.")
  List<Path> targets;

  private final VideoHasher hasher = new VideoHasher();
  private List<VpdqFrame> queryVpdq;
  private TmkHash queryTmk;

  /** What a file holds, by its name. */
  private enum Kind {
    VPDQ,
    TMK,
    VIDEO;

    static Kind of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".txt") ? VPDQ : name.endsWith(".tmk") ? TMK : VIDEO;
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!(queryPercent >= 0 && queryPercent <= 100 && targetPercent >= 0 && targetPercent <= 100)) {
      throw new UsageException("--query-percent and --target-percent must be 0..100");
    }
    if (!(tmkThreshold >= -1 && tmkThreshold <= 1)) {
      throw new UsageException("--tmk-threshold must be -1..1, got " + tmkThreshold);
    }
    Kind queryKind = Kind.of(query);
    for (Path file : concat()) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("no such file: " + file);
      }
      Kind kind = Kind.of(file);
      if (file != query && queryKind != Kind.VIDEO && kind != Kind.VIDEO && kind != queryKind) {
        throw new UsageException("cannot compare " + query + " (" + queryKind.name().toLowerCase(Locale.ROOT)
            + ") with " + file + " (" + kind.name().toLowerCase(Locale.ROOT) + ")");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    for (Path target : targets) {
      Kind kind = Kind.of(target);
      boolean tmk = kind == Kind.TMK || (kind == Kind.VIDEO && queryKind == Kind.TMK);
      try {
        if (tmk) {
          TmkHash t = kind == Kind.TMK ? readTmk(target) : hasher.tmk(target);
          TmkHash q = queryTmk();
          if (!q.isCompatibleWith(t)) {
            throw new UsageException("TMK hashes of " + query + " and " + target + " have different parameters");
          }
          TmkScores s = TmkScores.of(q, t);
          out.println(String.format(Locale.ROOT, "tmk,%.6f,%.6f,%s,%s,%s", s.level1(), s.level2(),
              verdict(s.matches(tmkThreshold)), query, target));
        } else {
          List<VpdqFrame> t = kind == Kind.VPDQ ? readVpdq(target) : hasher.vpdq(target, VpdqSampling.EVERY_FRAME);
          VpdqMatch m = VpdqMatch.of(queryVpdq(), t, rule);
          out.println(String.format(Locale.ROOT, "vpdq,%.2f,%.2f,%s,%s,%s", m.queryPercent(), m.targetPercent(),
              verdict(m.matches(queryPercent, targetPercent)), query, target));
        }
      } catch (UnreadableVideoException e) {
        err.println("vigil match video: skipped " + target + ": " + e.getMessage());
        failed++;
      }
      out.flush();
    }
    if (failed > 0) {
      err.printf("vigil match video: %d of %d targets could not be compared%n", failed, targets.size());
      return VigilCli.SOME_FAILED;
    }
    return VigilCli.OK;
  }

  private List<Path> concat() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(query), targets.stream()).toList();
  }

  private static String verdict(boolean match) {
    return match ? "match" : "no_match";
  }

  private List<VpdqFrame> queryVpdq() throws IOException {
    if (queryVpdq == null) {
      queryVpdq = Kind.of(query) == Kind.VPDQ ? readVpdq(query) : hashQuery(() -> hasher.vpdq(query, VpdqSampling.EVERY_FRAME));
    }
    return queryVpdq;
  }

  private TmkHash queryTmk() throws IOException {
    if (queryTmk == null) {
      queryTmk = Kind.of(query) == Kind.TMK ? readTmk(query) : hashQuery(() -> hasher.tmk(query));
    }
    return queryTmk;
  }

  /** Hashing of the query video (its failure stops the command with exit code 2). */
  @FunctionalInterface
  private interface QueryHash<T> {
    T compute() throws IOException;
  }

  private <T> T hashQuery(QueryHash<T> hash) throws IOException {
    try {
      return hash.compute();
    } catch (UnreadableVideoException e) {
      throw new UsageException("cannot decode the query video " + query + ": " + e.getMessage());
    }
  }

  private static List<VpdqFrame> readVpdq(Path file) throws IOException {
    try {
      return VpdqFile.read(file);
    } catch (eu.vigil.hashing.vpdq.VpdqFormatException e) {
      throw new UsageException(file + ": not a vPDQ hash file: " + e.getMessage());
    } catch (java.nio.charset.MalformedInputException e) {
      throw new UsageException(file + ": not a vPDQ hash file: not UTF-8 text");
    }
  }

  private static TmkHash readTmk(Path file) throws IOException {
    if (Files.size(file) > 16L << 20) {
      throw new UsageException(file + ": not a TMK hash file: larger than 16 MiB");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return TmkFormat.read(in);
    } catch (eu.vigil.hashing.tmk.TmkFormatException e) {
      throw new UsageException(file + ": not a TMK hash file: " + e.getMessage());
    }
  }
}
