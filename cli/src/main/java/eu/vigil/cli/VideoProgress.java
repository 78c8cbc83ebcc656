package eu.vigil.cli;

import eu.vigil.hashing.video.VideoHasher;
import java.io.PrintWriter;

/**
 * Progress of hashing one video, in frames: a bar on stderr when stderr is a terminal
 * ({@link Progress}), and with {@code --progress} plain lines on the command's error stream at every
 * tenth of the expected frames (for logs and pipes). The expected total comes from the container's
 * duration and may be off by a few frames (or unknown: then only the count is shown).
 */
final class VideoProgress implements VideoHasher.FrameProgress, AutoCloseable {

  private final Progress bar;
  private final PrintWriter lines;
  private final String label;
  private final long total;
  private long nextLine;
  private boolean closed;

  /**
   * @param label what is hashed, for example {@code vpdq chair.mp4}
   * @param total expected frames, 0 if unknown
   * @param lines where to print progress lines, or {@code null} for none
   */
  VideoProgress(String label, long total, PrintWriter lines) {
    this.bar = Progress.onTerminal(label, total);
    this.lines = lines;
    this.label = label;
    this.total = total;
    this.nextLine = total > 0 ? Math.max(1, total / 10) : 100;
  }

  @Override
  public void framesDone(int framesDone) {
    bar.stepTo(Math.min(framesDone, total));
    if (lines != null && framesDone >= nextLine) {
      print(framesDone);
      nextLine += total > 0 ? Math.max(1, total / 10) : 100;
    }
  }

  /** Prints the actual number of frames (with {@code --progress}) and closes the bar. */
  void done(int frames) {
    close();
    if (lines != null) {
      lines.printf("vigil: %s: %d frames, done%n", label, frames);
      lines.flush();
    }
  }

  private void print(long frames) {
    if (total > 0) {
      lines.printf("vigil: %s: %d/%d frames (%d %%)%n", label, frames, total, Math.min(100, frames * 100 / total));
    } else {
      lines.printf("vigil: %s: %d frames%n", label, frames);
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      bar.close();
    }
  }
}
