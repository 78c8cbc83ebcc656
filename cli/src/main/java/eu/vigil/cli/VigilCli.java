package eu.vigil.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code vigil-cli.jar}: the {@code hash}, {@code match}, {@code bench} and
 * {@code amplification} subcommands.
 *
 * <p>Exit codes follow the house style: 0 success, 1 some inputs could not be processed, 2 bad
 * arguments or malformed input ({@link UsageException}), 130 interrupted.
 */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    versionProvider = VigilCli.Version.class,
    description = "Vigil command-line tools: hashing, matching, benchmarks, amplification analytics.",
    subcommands = {HashCommand.class, MatchCommand.class, BenchCommand.class, AmplificationCommand.class})
public final class VigilCli {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: some inputs could not be processed (reported on stderr). */
  public static final int SOME_FAILED = 1;
  /** Exit code: bad arguments or malformed input. */
  public static final int USAGE = 2;
  /** Exit code: interrupted. */
  public static final int INTERRUPTED = 130;

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given output and error streams and returns the exit code;
   * never calls {@link System#exit}.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new VigilCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(VigilCli::handle);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String command = "vigil " + commandLine.getCommandName();
    if (commandLine.getParent() != null && commandLine.getParent().getParent() != null) {
      command = "vigil " + commandLine.getParent().getCommandName() + " " + commandLine.getCommandName();
    }
    if (e instanceof UsageException usage) {
      err.println(command + ": " + usage.getMessage());
      return USAGE;
    }
    if (e instanceof InterruptedException) {
      err.println(command + ": interrupted");
      return INTERRUPTED;
    }
    err.println(command + ": failed: " + e);
    e.printStackTrace(err);
    return SOME_FAILED;
  }

  /** The version from the jar manifest, if any. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = VigilCli.class.getPackage().getImplementationVersion();
      return new String[] {"vigil " + (version == null ? "development build" : version)};
    }
  }
}
