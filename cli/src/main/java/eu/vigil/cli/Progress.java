package eu.vigil.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr, shown only when stderr is a terminal (so redirected or piped output and
 * tests see nothing of it).
 */
final class Progress implements AutoCloseable {

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar for {@code total} steps if stderr is a terminal, otherwise one that does nothing. */
  static Progress onTerminal(String task, long total) {
    if (total < 2 || !stderrIsTerminal()) {
      return new Progress(null);
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .clearDisplayOnFinish()
        .build();
    return new Progress(bar);
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  /** Moves the bar to {@code done} steps (ignored if the bar is already further). */
  void stepTo(long done) {
    if (bar != null && done > bar.getCurrent()) {
      bar.stepTo(done);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  /**
   * Whether stderr is a terminal. On Linux the target of {@code /proc/self/fd/2} says so even when
   * stdout is redirected to a file (the usual way to run {@code vigil hash}); elsewhere this falls
   * back to {@link System#console()}.
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // not Linux or not allowed: fall through
    }
    Console console = System.console();
    return console != null && console.isTerminal();
  }
}
