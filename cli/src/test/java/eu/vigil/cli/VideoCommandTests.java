package eu.vigil.cli;

import static eu.vigil.cli.CliRun.testData;
import static eu.vigil.cli.CliRun.vigil;
import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.hashing.tmk.TmkFormat;
import eu.vigil.hashing.tmk.TmkHash;
import eu.vigil.hashing.tmk.TmkScores;
import eu.vigil.hashing.vpdq.VpdqFile;
import eu.vigil.hashing.vpdq.VpdqFrame;
import eu.vigil.hashing.vpdq.VpdqMatch;
import eu.vigil.hashing.vpdq.VpdqMatchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil hash video} and {@code vigil match video} on the upstream sample videos and hashes
 * ({@code testdata/hashing/video}), decoded by the installed FFmpeg.
 */
class VideoCommandTests {

  private static final String CHAIR = "video/sample-videos/chair-19-sd-bar.mp4";
  private static final String PADDED = "video/sample-videos/test-padded-dimensions.mp4";

  private static String path(String relative) {
    return testData(relative).toString();
  }

  private static String vpdq(String name) {
    return path("video/vpdq/sample-hashes/" + name + ".txt");
  }

  private static String tmk(String name) {
    return path("video/tmk/sample-hashes/" + name + ".tmk");
  }

  /** The row of an expected CSV for a query and target file, as its two percent columns. */
  private static String expectedPercents(String csv, String query, String target) {
    return CliRun.csvRows("video/vpdq/expected/" + csv).stream()
        .filter(r -> r[0].equals(query) && r[1].equals(target)).findFirst()
        .map(r -> r[4] + "," + r[5]).orElseThrow();
  }

  @Test
  void hashingASampleVideoPrintsUpstreamVpdqLinesMatchingTheShippedHash() throws IOException {
    CliRun run = vigil("hash", "video", path(CHAIR));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).allMatch(l -> l.matches("\\d+,\\d{1,3},[0-9a-f]{64},\\d+\\.\\d{3}"));
    List<VpdqFrame> computed = VpdqFile.parse(run.out());
    List<VpdqFrame> shipped = VpdqFile.read(testData("video/vpdq/sample-hashes/chair-19-sd-bar.txt"));
    assertThat(computed).hasSameSizeAs(shipped);
    VpdqMatch m = VpdqMatch.of(computed, shipped, VpdqMatchRule.PYTHON_THREATEXCHANGE);
    assertThat(m.queryPercent()).isGreaterThan(90);
    assertThat(m.targetPercent()).isGreaterThan(90);
  }

  @Test
  void writesVpdqAndTmkFilesToTheOutputFolderAndReportsProgressOnStderr(@TempDir Path dir) throws IOException {
    CliRun run = vigil("hash", "video", "--signal", "both", "--out", dir.toString(), "--progress", path(CHAIR));

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path txt = dir.resolve("chair-19-sd-bar.txt");
    Path tmkFile = dir.resolve("chair-19-sd-bar.tmk");
    List<VpdqFrame> frames = VpdqFile.read(txt);
    TmkHash computed = TmkFormat.fromBytes(Files.readAllBytes(tmkFile));
    assertThat(run.outLines()).containsExactly(
        "vpdq," + frames.size() + "," + txt + "," + path(CHAIR),
        "tmk," + computed.frameCount() + "," + tmkFile + "," + path(CHAIR));
    TmkHash shipped = TmkFormat.fromBytes(Files.readAllBytes(Path.of(tmk("chair-19-sd-bar"))));
    assertThat(computed.equalsWithin(shipped, 0.08f)).isTrue();
    assertThat(TmkScores.of(computed, shipped).level1()).isGreaterThan(0.92f);
    // progress lines: tenths of the expected frames, ending with the total
    List<String> progress = run.err().lines().toList();
    assertThat(progress).hasSizeGreaterThanOrEqualTo(4)
        .allMatch(l -> l.matches("vigil: (vpdq|tmk) chair-19-sd-bar\\.mp4: (\\d+/\\d+ frames \\(\\d+ %\\)|\\d+ frames, done)"));
    // the expected total (from the container's duration) is within a few frames of the actual count
    List<Integer> totals = progress.stream().filter(l -> l.startsWith("vigil: vpdq") && l.contains("/"))
        .map(l -> Integer.parseInt(l.replaceAll(".*/(\\d+) frames.*", "$1"))).distinct().toList();
    assertThat(totals).hasSize(1);
    assertThat(totals.getFirst()).isBetween(frames.size() - 3, frames.size() + 3);
    assertThat(progress.getLast()).isEqualTo("vigil: tmk chair-19-sd-bar.mp4: " + computed.frameCount() + " frames, done");
    assertThat(progress).contains("vigil: vpdq chair-19-sd-bar.mp4: " + frames.size() + " frames, done");
  }

  @Test
  void samplingOptionsHashEverySecondFrameDownscaled() {
    CliRun all = vigil("hash", "video", path(PADDED));
    CliRun sampled = vigil("hash", "video", "--seconds-per-hash", "1", "--downscale", "64", path(PADDED));

    assertThat(sampled.exitCode()).as(sampled.err()).isZero();
    List<VpdqFrame> every = VpdqFile.parse(all.out());
    List<VpdqFrame> some = VpdqFile.parse(sampled.out());
    assertThat(some.size()).isGreaterThan(0).isLessThan(every.size());
    int step = some.size() > 1 ? some.get(1).frameNumber() - some.get(0).frameNumber() : 1;
    assertThat(step).isGreaterThan(1);
    assertThat(some).allMatch(f -> f.frameNumber() % step == 0);
  }

  @Test
  void matchesShippedHashFilesWithThePercentagesOfBothUpstreamConventions() {
    String query = vpdq("chair-19-sd-bar");
    String same = vpdq("chair-20-sd-bar");
    String other = vpdq("pattern-sd-grey-bar");

    CliRun python = vigil("match", "video", query, same, other);
    assertThat(python.exitCode()).as(python.err()).isZero();
    assertThat(python.outLines()).containsExactly(
        "vpdq," + expectedPercents("vpdq_pytx_convention.csv", "chair-19-sd-bar.txt", "chair-20-sd-bar.txt")
            + ",match," + query + "," + same,
        "vpdq," + expectedPercents("vpdq_pytx_convention.csv", "chair-19-sd-bar.txt", "pattern-sd-grey-bar.txt")
            + ",no_match," + query + "," + other);

    CliRun cpp = vigil("match", "video", "--rule", "cpp", query, same);
    assertThat(cpp.outLines()).containsExactly("vpdq," + expectedPercents("vpdq_cpp_match_hashes_brute.csv",
        "chair-19-sd-bar.txt", "chair-20-sd-bar.txt") + ",match," + query + "," + same);
  }

  @Test
  void matchesAVideoAgainstHashFilesAndTmkPairsWithTheirScores() {
    CliRun video = vigil("match", "video", path(CHAIR), vpdq("chair-19-sd-bar"), vpdq("doorknob-hd-no-bar"));
    assertThat(video.exitCode()).as(video.err()).isZero();
    List<String[]> rows = video.outLines().stream().map(l -> l.split(",")).toList();
    assertThat(rows).hasSize(2);
    assertThat(Double.parseDouble(rows.get(0)[1])).isGreaterThan(90);
    assertThat(rows.get(0)[3]).isEqualTo("match");
    assertThat(rows.get(1)[3]).isEqualTo("no_match");

    String a = tmk("chair-19-sd-bar");
    String b = tmk("chair-20-sd-bar");
    String c = tmk("chair-22-with-large-logo-bar");
    CliRun tmkRun = vigil("match", "video", a, b, c);
    assertThat(tmkRun.exitCode()).as(tmkRun.err()).isZero();
    String[] ab = expectedTmk("chair-20-sd-bar.tmk");
    String[] ac = expectedTmk("chair-22-with-large-logo-bar.tmk");
    List<String[]> tmkRows = tmkRun.outLines().stream().map(l -> l.split(",")).toList();
    assertThat(tmkRows).hasSize(2);
    assertThat(Double.parseDouble(tmkRows.get(0)[1])).isCloseTo(Double.parseDouble(ab[0]), org.assertj.core.api.Assertions.within(1e-4));
    assertThat(Double.parseDouble(tmkRows.get(0)[2])).isCloseTo(Double.parseDouble(ab[1]), org.assertj.core.api.Assertions.within(1e-4));
    assertThat(tmkRows.get(0)[3]).isEqualTo("match");
    assertThat(Double.parseDouble(tmkRows.get(1)[1])).isCloseTo(Double.parseDouble(ac[0]), org.assertj.core.api.Assertions.within(1e-4));
    assertThat(tmkRows.get(1)[3]).isEqualTo("no_match");
    assertThat(Arrays.asList(tmkRows.get(1))).endsWith(a, c);
  }

  private static String[] expectedTmk(String b) {
    return CliRun.csvRows("video/tmk/expected/tmk_pair_scores.csv").stream()
        .filter(r -> r[2].equals("chair-19-sd-bar.tmk") && r[3].equals(b)).findFirst().orElseThrow();
  }

  @Test
  void undecodableVideoIsReportedAndSkippedWhileTheOthersAreHashed(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.mp4");
    byte[] head = Arrays.copyOf(Files.readAllBytes(testData(PADDED)), 4000);
    Files.write(broken, head);
    Path notVideo = dir.resolve("notes.mp4");
    Files.writeString(notVideo, "not a video at all\n");
    Path out = dir.resolve("out");

    CliRun run = vigil("hash", "video", "--out", out.toString(), broken.toString(), path(PADDED), notVideo.toString());

    assertThat(run.exitCode()).isEqualTo(VigilCli.SOME_FAILED);
    assertThat(run.err()).contains("vigil hash video: skipped " + broken + ": ")
        .contains("vigil hash video: skipped " + notVideo + ": ")
        .contains("2 of 3 videos could not be hashed");
    assertThat(run.outLines()).hasSize(1).allMatch(l -> l.startsWith("vpdq,") && l.endsWith(path(PADDED)));
    assertThat(out.resolve("test-padded-dimensions.txt")).isNotEmptyFile();
  }

  @Test
  void badArgumentsAndMalformedHashFilesExitWithTwoAndAClearMessage(@TempDir Path dir) throws IOException {
    CliRun missing = vigil("hash", "video", "/no/such/video.mp4");
    assertThat(missing.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(missing.err()).contains("vigil hash video: no such file: /no/such/video.mp4");

    CliRun tmkWithoutOut = vigil("hash", "video", "--signal", "tmk", path(PADDED));
    assertThat(tmkWithoutOut.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(tmkWithoutOut.err()).contains("give --out DIR");
    assertThat(vigil("hash", "video", path(PADDED), path(CHAIR)).err()).contains("several videos: give --out DIR");
    assertThat(vigil("hash", "video", "--signal", "md5", path(PADDED)).err())
        .contains("'md5' is not a video signal, expected vpdq, tmk or both");
    assertThat(vigil("hash", "video", "--downscale", "-1", path(PADDED)).exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("hash", "video").exitCode()).isEqualTo(VigilCli.USAGE);
    Path copy = Files.createDirectories(dir.resolve("copy")).resolve("chair-19-sd-bar.mkv");
    Files.writeString(copy, "x");
    CliRun sameName = vigil("hash", "video", "--out", dir.resolve("o").toString(), path(CHAIR), copy.toString());
    assertThat(sameName.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(sameName.err()).contains("would overwrite each other");
    assertThat(dir.resolve("o")).doesNotExist();

    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "0,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.000\nnonsense\n");
    CliRun malformed = vigil("match", "video", vpdq("chair-19-sd-bar"), bad.toString());
    assertThat(malformed.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(malformed.err()).contains(bad + ": not a vPDQ hash file: ").contains("line 2");

    Path badTmk = dir.resolve("bad.tmk");
    Files.writeString(badTmk, "TMK?");
    CliRun malformedTmk = vigil("match", "video", tmk("chair-19-sd-bar"), badTmk.toString());
    assertThat(malformedTmk.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(malformedTmk.err()).contains(badTmk + ": not a TMK hash file: ");

    Path brokenQuery = dir.resolve("query.mp4");
    Files.writeString(brokenQuery, "not a video");
    CliRun query = vigil("match", "video", brokenQuery.toString(), vpdq("chair-19-sd-bar"));
    assertThat(query.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(query.err()).contains("cannot decode the query video " + brokenQuery);

    CliRun mixed = vigil("match", "video", vpdq("chair-19-sd-bar"), tmk("chair-19-sd-bar"));
    assertThat(mixed.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(mixed.err()).contains("cannot compare");
    assertThat(vigil("match", "video", "--rule", "java", vpdq("chair-19-sd-bar"), vpdq("chair-20-sd-bar")).err())
        .contains("'java' is not a vPDQ rule, expected python or cpp");
    assertThat(vigil("match", "video", vpdq("chair-19-sd-bar")).exitCode()).isEqualTo(VigilCli.USAGE);
  }
}
