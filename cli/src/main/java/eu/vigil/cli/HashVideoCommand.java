package eu.vigil.cli;

import eu.vigil.hashing.tmk.TmkFormat;
import eu.vigil.hashing.tmk.TmkHash;
import eu.vigil.hashing.video.UnreadableVideoException;
import eu.vigil.hashing.video.VideoHasher;
import eu.vigil.hashing.video.VpdqSampling;
import eu.vigil.hashing.vpdq.VpdqFile;
import eu.vigil.hashing.vpdq.VpdqFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil hash video}: the vPDQ and/or TMK+PDQF hashes of video files, one after the other in
 * the order given, decoded by FFmpeg ({@link VideoHasher}).
 *
 * <p>vPDQ is the upstream {@code vpdq-hash-video} text format ({@code frame,quality,pdq_hex,seconds}
 * a line): on stdout for one video without {@code --out}, otherwise written to
 * {@code OUT/NAME.txt}. TMK is binary and always written to {@code OUT/NAME.tmk}. With {@code --out}
 * stdout gets one line per written file: {@code signal,frames,written_file,video}. Videos that cannot
 * be decoded are reported on stderr and skipped (exit code 1), as {@code vigil hash} does for images.
 */
@Command(
    name = "video",
    mixinStandardHelpOptions = true,
    description = {
      "Computes vPDQ (per-frame PDQ, the upstream vpdq-hash-video format) and/or TMK+PDQF hashes of videos.",
      "One video without --out: its vPDQ lines on stdout. With --out DIR: DIR/NAME.txt (vPDQ) and",
      "DIR/NAME.tmk (TMK), and one line signal,frames,written_file,video per file on stdout.",
      "Needs ffmpeg and ffprobe. Videos that cannot be decoded are reported on stderr and skipped (exit code 1)."
    })
final class HashVideoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--signal",
      paramLabel = "vpdq|tmk|both",
      defaultValue = "vpdq",
      converter = Converters.VideoSignals.class,
      description = "What to compute: vpdq (default), tmk or both (tmk needs --out).")
  Signals signals;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for NAME.txt (vPDQ) and NAME.tmk (TMK); created if missing.")
  Path out;

  @Option(
      names = {"-s", "--seconds-per-hash"},
      paramLabel = "S",
      defaultValue = "0",
      description = "vPDQ: hash only frames whose number is divisible by (int) (S x frame rate);"
          + " 0 (default) hashes every frame, as the shipped upstream hashes; python-threatexchange uses 1.")
  double secondsPerHash;

  @Option(
      names = {"-d", "--downscale"},
      paramLabel = "SIDE",
      defaultValue = "0",
      description = "vPDQ: squash frames to SIDE x SIDE (area averaging) before PDQ; 0 (default) keeps the native size.")
  int downscale;

  @Option(
      names = "--progress",
      description = "Print progress lines (frames done / expected) on stderr even when it is not a terminal.")
  boolean progressLines;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Video files (mp4, mkv, webm, avi, mov, ...).")
  List<Path> files;

  /** Which video signals to compute. */
  enum Signals {
    VPDQ(true, false),
    TMK(false, true),
    BOTH(true, true);

    final boolean vpdq;
    final boolean tmk;

    Signals(boolean vpdq, boolean tmk) {
      this.vpdq = vpdq;
      this.tmk = tmk;
    }
  }

  @Override
  public Integer call() throws IOException {
    VpdqSampling sampling;
    try {
      sampling = new VpdqSampling(secondsPerHash, downscale);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--seconds-per-hash must be 0..3600 and --downscale 0..8192, got "
          + secondsPerHash + " and " + downscale);
    }
    if (signals.tmk && out == null) {
      throw new UsageException("TMK hashes are binary: give --out DIR to write them");
    }
    if (out == null && files.size() > 1) {
      throw new UsageException("several videos: give --out DIR (one vPDQ file per video)");
    }
    for (Path file : files) {
      if (!Files.exists(file)) {
        throw new UsageException("no such file: " + file);
      }
      if (Files.isDirectory(file)) {
        throw new UsageException("a folder, not a video file: " + file);
      }
    }
    if (out != null) {
      java.util.Set<String> names = new java.util.HashSet<>();
      for (Path file : files) {
        if (!names.add(baseName(file))) {
          throw new UsageException("two videos named " + baseName(file) + ".*: their hash files in " + out
              + " would overwrite each other");
        }
      }
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        throw new UsageException("cannot create the output folder " + out + ": " + e.getMessage());
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VideoHasher hasher = new VideoHasher();
    int failed = 0;
    for (Path file : files) {
      try {
        hashOne(file, hasher, sampling, stdout, err);
      } catch (UnreadableVideoException e) {
        err.println("vigil hash video: skipped " + file + ": " + e.getMessage());
        failed++;
      } catch (NoSuchFileException e) {
        err.println("vigil hash video: skipped " + file + ": no such file");
        failed++;
      } catch (AccessDeniedException e) {
        err.println("vigil hash video: skipped " + file + ": permission denied");
        failed++;
      }
      stdout.flush();
    }
    if (failed > 0) {
      err.printf("vigil hash video: %d of %d videos could not be hashed%n", failed, files.size());
      return VigilCli.SOME_FAILED;
    }
    return VigilCli.OK;
  }

  private void hashOne(Path file, VideoHasher hasher, VpdqSampling sampling, PrintWriter stdout, PrintWriter err)
      throws IOException {
    String name = baseName(file);
    if (signals.vpdq) {
      long expected = wantsProgress() ? hasher.expectedVpdqFrames(file, sampling) : 0;
      List<VpdqFrame> frames;
      try (VideoProgress progress = new VideoProgress("vpdq " + file.getFileName(), expected, lines(err))) {
        frames = hasher.vpdq(file, sampling, progress);
        progress.done(frames.size());
      }
      if (out == null) {
        VpdqFile.write(frames, stdout);
      } else {
        Path target = out.resolve(name + ".txt");
        try (Writer w = Files.newBufferedWriter(target)) {
          VpdqFile.write(frames, w);
        }
        stdout.println("vpdq," + frames.size() + "," + target + "," + file);
      }
    }
    if (signals.tmk) {
      long expected = wantsProgress() ? hasher.expectedTmkFrames(file) : 0;
      TmkHash tmk;
      try (VideoProgress progress = new VideoProgress("tmk " + file.getFileName(), expected, lines(err))) {
        tmk = hasher.tmk(file, progress);
        progress.done(tmk.frameCount());
      }
      Path target = out.resolve(name + ".tmk");
      try (OutputStream o = Files.newOutputStream(target)) {
        TmkFormat.write(tmk, o);
      }
      stdout.println("tmk," + tmk.frameCount() + "," + target + "," + file);
    }
  }

  private boolean wantsProgress() {
    return progressLines || Progress.stderrIsTerminal();
  }

  private PrintWriter lines(PrintWriter err) {
    return progressLines ? err : null;
  }

  /** The file name without its last extension. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
