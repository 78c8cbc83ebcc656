package eu.vigil.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small secret files kept outside the database (passwords of the embedded server, encryption keys): created once
 * with owner-only permissions (file 0600, directory 0700) and published atomically, so a concurrent reader never
 * sees a half-written secret and two processes starting at once agree on one value.
 */
public final class SecretFiles {

    private static final Logger log = LoggerFactory.getLogger(SecretFiles.class);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {
    }

    /** The stripped text of {@code file}, creating it from {@code generator} first if it does not exist. */
    public static String readOrCreate(Path file, Supplier<String> generator) {
        Path target = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(target)) {
                return read(target);
            }
            Path dir = target.getParent();
            ownerOnlyDirectory(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                restrict(tmp, OWNER_FILE);
                Files.writeString(tmp, generator.get(), StandardCharsets.US_ASCII);
                try {
                    Files.createLink(target, tmp); // fails instead of replacing when another process was first
                } catch (FileAlreadyExistsException raced) {
                    // the other process's secret wins
                } catch (UnsupportedOperationException noLinks) {
                    Files.move(tmp, target);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return read(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret file " + target, e);
        }
    }

    /** Whether the secret file exists. */
    public static boolean exists(Path file) {
        return Files.exists(file.toAbsolutePath().normalize());
    }

    /** {@code bytes} random bytes, base64url without padding (safe in SQL, URLs and configuration files). */
    public static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String read(Path file) throws IOException {
        try {
            Set<PosixFilePermission> actual = Files.getPosixFilePermissions(file);
            if (!OWNER_FILE.containsAll(actual)) {
                log.warn("{} was readable by others ({}); restricting it to its owner", file,
                        PosixFilePermissions.toString(actual));
                Files.setPosixFilePermissions(file, OWNER_FILE);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: rely on the directory's protection
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    private static void ownerOnlyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(dir);
            }
        }
        restrict(dir, OWNER_DIR);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }
}
