package eu.vigil.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the bundled binaries, with a persistent data directory.
 * <p>
 * When another Vigil process already runs a server on the same data directory (its {@code postmaster.pid}
 * names a live process), this connects to that server instead of starting a second one, so that
 * {@code ./vigil audit verify} works while {@code ./vigil demo} is running. One server is kept per data
 * directory and JVM, which lets test contexts share it.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres server;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts (or joins) the embedded server for these settings and makes sure the database exists. */
    public static EmbeddedDatabase start(DatabaseProperties properties) {
        Path dir = properties.dataDir().toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(dir, d -> launch(d, properties));
    }

    private static EmbeddedDatabase launch(Path dir, DatabaseProperties properties) {
        try {
            Optional<Integer> foreign = properties.clean() ? Optional.empty() : portOfLiveServer(dir);
            if (foreign.isPresent()) {
                log.info("Using the PostgreSQL server already running on {} (port {})", dir, foreign.get());
                EmbeddedDatabase joined = new EmbeddedDatabase(null, foreign.get());
                joined.createDatabase(properties.databaseName());
                return joined;
            }
            Files.createDirectories(dir.getParent() == null ? dir : dir.getParent());
            Path binaries = dir.resolveSibling("pg-binaries");
            Files.createDirectories(binaries);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.clean())
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setServerConfig("timezone", "UTC");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            if (properties.durable()) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres server = builder.start();
            EmbeddedDatabase started = new EmbeddedDatabase(server, server.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-postgres-stop"));
            started.createDatabase(properties.databaseName());
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dir);
            return started;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Port of a live postmaster that owns {@code dir}, read from its {@code postmaster.pid}. */
    static Optional<Integer> portOfLiveServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
    }

    private void createDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain lower-case identifier: " + name);
        }
        try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("create database " + name);
            }
        }
    }

    /** A plain data source for the given database of this server (pooling is added by the caller). */
    public PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser("postgres");
        return ds;
    }

    /** JDBC URL of the given database. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Stops and forgets the server of {@code dataDir} (tests of restarts only). */
    static void stopForTests(Path dataDir) {
        EmbeddedDatabase db = RUNNING.remove(dataDir.toAbsolutePath().normalize());
        if (db != null) {
            db.stop();
        }
    }

    /** Stops the server if this process started it. */
    synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
