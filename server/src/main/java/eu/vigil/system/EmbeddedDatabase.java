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
 * <p>
 * Every client authenticates with a password (SCRAM); the passwords are generated into {@code pg-secrets/} beside
 * the data directory, and the application connects as the role {@code vigil}, which owns its database but is no
 * superuser. Data directories of older versions, which trusted every local connection, are upgraded at start
 * (ADR 0016).
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres server;
    private final int port;
    private final DatabaseSecrets secrets;

    private EmbeddedDatabase(EmbeddedPostgres server, int port, DatabaseSecrets secrets) {
        this.server = server;
        this.port = port;
        this.secrets = secrets;
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
                return join(dir, properties, foreign.get());
            }
            Files.createDirectories(dir.getParent() == null ? dir : dir.getParent());
            Path binaries = dir.resolveSibling("pg-binaries");
            Files.createDirectories(binaries);
            boolean fresh = properties.clean() || !Files.exists(dir.resolve("postgresql.conf"));
            boolean upgrading = !fresh && !ClientAuthentication.passwordsOnly(dir);
            DatabaseSecrets secrets = DatabaseSecrets.of(dir, fresh || upgrading);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.clean())
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", secrets.superuser())
                    // runs after initdb and before the server starts: no moment with the library's "trust"
                    .setDataDirectoryCustomizer(d -> {
                        if (upgrading) {
                            ClientAuthentication.upgrading(dir);
                        } else {
                            ClientAuthentication.requirePasswords(dir);
                        }
                    });
            if (fresh) {
                // passed to initdb as --pwfile=…: the superuser has its password from the first moment
                builder.setLocaleConfig("pwfile", secrets.superuserFile().toString());
            }
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            if (properties.durable()) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres server = builder.start();
            EmbeddedDatabase started = new EmbeddedDatabase(server, server.getPort(), secrets);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-postgres-stop"));
            started.secure(dir, properties.databaseName(), upgrading);
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dir);
            return started;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Joins the server another process runs on {@code dir}, with the secrets beside that directory. */
    static EmbeddedDatabase join(Path dir, DatabaseProperties properties) throws IOException, SQLException {
        return join(dir, properties, portOfLiveServer(dir).orElseThrow(
                () -> new IllegalStateException("no PostgreSQL server runs on " + dir)));
    }

    private static EmbeddedDatabase join(Path dir, DatabaseProperties properties, int port) throws SQLException {
        log.info("Using the PostgreSQL server already running on {} (port {})", dir, port);
        boolean upgrading = !ClientAuthentication.passwordsOnly(dir);
        EmbeddedDatabase joined = new EmbeddedDatabase(null, port, DatabaseSecrets.of(dir, upgrading));
        joined.secure(dir, properties.databaseName(), upgrading);
        return joined;
    }

    /**
     * Sets up the application role and database as the superuser; for a data directory of an older version also
     * gives the superuser its password and only then switches {@code pg_hba.conf} to passwords, reloads, and checks
     * that a client without one is turned away.
     */
    private void secure(Path dir, String database, boolean upgrading) throws SQLException {
        if (upgrading) {
            log.info("Upgrading {} to password authentication (ADR 0016)", dir);
            DatabaseRoles.setSuperuserPassword(superuserDataSource("postgres"), secrets);
        }
        DatabaseRoles.ensureAppRole(superuserDataSource("postgres"), secrets, database);
        DatabaseRoles.handOverObjects(superuserDataSource(database));
        if (upgrading) {
            ClientAuthentication.requirePasswords(dir);
            try (Connection c = superuserDataSource("postgres").getConnection(); Statement s = c.createStatement()) {
                s.execute("select pg_reload_conf()");
            }
            awaitPasswordsRequired();
        }
    }

    private void awaitPasswordsRequired() throws SQLException {
        PGSimpleDataSource anonymous = dataSource("postgres", "postgres", null);
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Connection c = anonymous.getConnection()) {
                Thread.sleep(50);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the PostgreSQL server still accepts connections without a password");
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

    /** A plain data source for the given database as the application role (pooling is added by the caller). */
    public PGSimpleDataSource dataSource(String database) {
        return dataSource(database, DatabaseRoles.APP_ROLE, secrets.app());
    }

    /** The superuser, for setting up roles (and tests that act as an administrator of the server). */
    PGSimpleDataSource superuserDataSource(String database) {
        return dataSource(database, "postgres", secrets.superuser());
    }

    private PGSimpleDataSource dataSource(String database, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(user);
        if (password != null) {
            ds.setPassword(password);
        }
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
