package eu.vigil.system;

import java.nio.file.Path;

/**
 * The passwords of the embedded server, kept in {@code pg-secrets/} beside the data directory (directory 0700,
 * files 0600; ADR 0016): {@code postgres.password} for the superuser, used only to set up roles, and
 * {@code vigil.password} for the application role. A second process joining the running server reads the same files.
 *
 * @param directory where the files are
 * @param superuser password of {@code postgres}
 * @param app       password of the application role
 */
record DatabaseSecrets(Path directory, String superuser, String app) {

    @Override
    public String toString() {
        return "DatabaseSecrets[" + directory + "]";
    }

    /** Directory of the secrets that belong to {@code dataDir}. */
    static Path directoryOf(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolveSibling("pg-secrets");
    }

    /** File with the superuser's password (also handed to {@code initdb --pwfile}). */
    Path superuserFile() {
        return directory.resolve("postgres.password");
    }

    /**
     * Reads the secrets of {@code dataDir}, creating missing ones only when {@code mayCreate} (a new data directory,
     * or one of an older version without passwords); otherwise a missing file is an error that names it.
     */
    static DatabaseSecrets of(Path dataDir, boolean mayCreate) {
        Path dir = directoryOf(dataDir);
        Path superuser = dir.resolve("postgres.password");
        Path app = dir.resolve(DatabaseRoles.APP_ROLE + ".password");
        if (!mayCreate) {
            for (Path file : new Path[] {superuser, app}) {
                if (!SecretFiles.exists(file)) {
                    throw new IllegalStateException("The PostgreSQL server of " + dataDir + " asks for passwords, but "
                            + file + " is missing: restore it (and its sibling files) from the backup of that directory");
                }
            }
        }
        return new DatabaseSecrets(dir, SecretFiles.readOrCreate(superuser, () -> SecretFiles.randomToken(32)),
                SecretFiles.readOrCreate(app, () -> SecretFiles.randomToken(32)));
    }
}
