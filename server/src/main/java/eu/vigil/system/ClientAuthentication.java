package eu.vigil.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The {@code pg_hba.conf} of the embedded server (ADR 0016). The library's {@code initdb} writes {@code trust} for
 * every local connection; Vigil replaces it with SCRAM for every line, so that neither another local user nor a
 * process of the same user without the secret file gets in.
 */
final class ClientAuthentication {

    /** First line of the file Vigil writes; its absence marks a data directory of an older version. */
    static final String MARKER = "# Vigil: every connection authenticates with a password (scram-sha-256), ADR 0016";

    private static final String PASSWORDS_ONLY = MARKER + """

            local   all   all                   scram-sha-256
            host    all   all   127.0.0.1/32    scram-sha-256
            host    all   all   ::1/128         scram-sha-256
            """;

    /**
     * While a data directory of an older version is upgraded, the superuser has no password yet: for the few queries
     * that set one, only the superuser, only over loopback TCP, is let in without one.
     */
    private static final String UPGRADING = """
            # Vigil: upgrade in progress (ADR 0016): the superuser receives its password, then this file is replaced.
            host    all   postgres   127.0.0.1/32    trust
            host    all   postgres   ::1/128         trust
            """;

    private ClientAuthentication() {
    }

    /** Whether {@code dataDir} already asks every client for a password. */
    static boolean passwordsOnly(Path dataDir) {
        Path file = dataDir.resolve("pg_hba.conf");
        try {
            return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).startsWith(MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes the final file: SCRAM for every local and host connection. */
    static void requirePasswords(Path dataDir) {
        write(dataDir, PASSWORDS_ONLY);
    }

    /** Writes the narrow file used while an older data directory is upgraded. */
    static void upgrading(Path dataDir) {
        write(dataDir, UPGRADING);
    }

    private static void write(Path dataDir, String content) {
        Path file = dataDir.resolve("pg_hba.conf");
        try {
            Path tmp = Files.createTempFile(dataDir, "pg_hba", ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
