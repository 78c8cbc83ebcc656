package eu.vigil.hashing.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A decoder subprocess with a deadline: a watchdog kills it when the deadline passes, its standard
 * error is drained in the background keeping only its first bytes (the first error is the telling
 * one), and closing kills it if still running. Package-private plumbing of {@link FfmpegDecoder}.
 */
final class Subprocess implements AutoCloseable {

  private final Process process;
  private final long deadline;
  private final Thread stderrDrain;
  private final Thread watchdog;
  private final byte[] tail;
  private int tailLength;
  private volatile boolean timedOut;

  private Subprocess(Process process, long deadline, int tailBytes) {
    this.process = process;
    this.deadline = deadline;
    this.tail = new byte[tailBytes];
    this.stderrDrain = Thread.ofVirtual().start(this::drainStderr);
    this.watchdog = Thread.ofVirtual().start(this::watch);
  }

  static Subprocess start(List<String> command, long deadline, int tailBytes) throws IOException {
    if (System.nanoTime() >= deadline) {
      throw new UnreadableVideoException("the time limit for decoding ran out");
    }
    Process process;
    try {
      process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
    } catch (IOException e) {
      throw new UnreadableVideoException("cannot run " + command.getFirst() + " (is FFmpeg installed?): "
          + e.getMessage(), e);
    }
    return new Subprocess(process, deadline, tailBytes);
  }

  InputStream stdout() {
    return process.getInputStream();
  }

  /**
   * Waits for the process to end (until the deadline) and returns its exit code.
   *
   * @throws UnreadableVideoException if the deadline passed
   */
  int finish() throws IOException {
    try {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
        timedOut = true;
        process.destroyForcibly();
      }
      stderrDrain.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new UnreadableVideoException("interrupted while decoding");
    }
    if (timedOut) {
      throw new UnreadableVideoException("decoding took longer than the time limit");
    }
    return process.exitValue();
  }

  /** Whether the watchdog (or {@link #finish}) killed the process at its deadline. */
  boolean timedOut() {
    return timedOut;
  }

  /** The message with the start of the process's error output, or the time-out if that happened. */
  String describe(String message) {
    if (timedOut) {
      return "decoding took longer than the time limit";
    }
    String err;
    synchronized (this) {
      err = new String(tail, 0, tailLength, StandardCharsets.UTF_8).strip();
    }
    return err.isEmpty() ? message : message + ": " + err.replaceAll("\\s+", " ");
  }

  private void drainStderr() {
    byte[] chunk = new byte[4096];
    try (InputStream err = process.getErrorStream()) {
      int n;
      while ((n = err.read(chunk)) > 0) {
        synchronized (this) {
          int keep = Math.min(n, tail.length - tailLength);
          System.arraycopy(chunk, 0, tail, tailLength, keep);
          tailLength += keep;
        }
      }
    } catch (IOException e) {
      // the process was killed; what we have is enough
    }
  }

  private void watch() {
    try {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
        timedOut = true;
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    watchdog.interrupt();
    try {
      process.getInputStream().close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
