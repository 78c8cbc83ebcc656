package eu.vigil.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vigil server as a separate operating-system process on this test's classpath, with the embedded
 * PostgreSQL in a data directory of the test: for fault tests (SIGKILL, restart) and benchmarks.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern SECRET = Pattern.compile("id=\"new-secret\">([^<]+)<");

    private final Path dir;
    private final int port;
    private final List<String> extraArgs;
    private List<String> leading = List.of("--spring.profiles.active=demo");
    private Process process;
    private Path log;

    /** A server with the demo data in {@code dir}; not started yet. */
    public ServerProcess(Path dir, String... extraArgs) throws Exception {
        this.dir = dir;
        this.extraArgs = List.of(extraArgs);
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    /**
     * The server started like {@code ./vigil exercise run SCENARIO}: the launcher's exercise command with the scenario
     * file, on a database in {@code dir}; not started yet.
     */
    public static ServerProcess exercise(Path dir, Path scenario, String... extraArgs) throws Exception {
        ServerProcess server = new ServerProcess(dir, extraArgs);
        server.leading = List.of("exercise", "run", scenario.toString());
        return server;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public Http http() {
        return new Http(base());
    }

    /** Starts the process and waits until it serves pages. */
    public void start() throws Exception {
        launch();
        long startSeconds = Long.getLong("vigil.server.startSeconds", 120);
        Instant until = Instant.now().plus(Duration.ofSeconds(startSeconds));
        while (Instant.now().isBefore(until)) {
            try {
                if (http().get("/actuator/health").status() == 200 && http().get("/login").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while starting
            }
            assertThat(process.isAlive()).as("server process died; see logs in " + dir).isTrue();
            Thread.sleep(300);
        }
        throw new AssertionError("server did not become healthy within " + startSeconds + " s (-Dvigil.server.startSeconds)");
    }

    /** Starts the process for a start that must be refused, and returns its exit code once it ended by itself. */
    public int startExpectingExit(Duration within) throws Exception {
        launch();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("server still running after " + within + "; see logs in " + dir);
        }
        return process.exitValue();
    }

    /** What the process of the last start wrote to its standard output and error so far. */
    public String output() throws java.io.IOException {
        return log == null ? "" : Files.readString(log);
    }

    private void launch() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + System.getProperty("vigil.server.xmx", "768m"),
                "-XX:+UseTransparentHugePages"));
        String jvmArgs = System.getProperty("vigil.server.jvmArgs", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.strip().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "eu.vigil.VigilApplication"));
        command.addAll(leading);
        command.addAll(List.of("--server.port=" + port,
                "--vigil.database.data-dir=" + dir.resolve("pg"), "--logging.level.root=WARN"));
        command.addAll(extraArgs);
        log = dir.resolve("server-" + Instant.now().toEpochMilli() + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** SIGKILL: no shutdown hooks, no goodbye. PostgreSQL keeps running and is joined on restart. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    /** An API token of a demo user, issued through the organisation page like a person would. */
    public String token(String username) {
        return token(username, "vigil-demo-2026");
    }

    /** An API token of a user with this password, issued through the organisation page. */
    public String token(String username, String password) {
        Http browser = http();
        assertThat(browser.login(username, password)).isEqualTo("/");
        String page = browser.postForm("/account", "/account/tokens", "name=test&roles=OPERATOR&roles=ADMIN").body();
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("token shown once").isTrue();
        return m.group(1);
    }

    /** Stops the server and the PostgreSQL it started. */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
        Path pid = dir.resolve("pg/postmaster.pid");
        if (Files.exists(pid)) {
            long postmaster = Long.parseLong(Files.readAllLines(pid).getFirst().strip());
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster)).start().waitFor(10, TimeUnit.SECONDS);
            for (int i = 0; i < 100 && ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false); i++) {
                Thread.sleep(100);
            }
        }
    }
}
