package eu.vigil.removalorder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts preserved copies at rest (Art. 6(2): safeguards against unauthorised access) with AES-256-GCM. The key
 * lives outside the database, in {@code vigil.preservation.key-file} (created with owner-only permissions on first
 * use; mount it from a secret store in production), so a database dump or backup alone does not reveal the content.
 * Each copy is bound to its order and item position as associated data: a copy moved to another row fails to open.
 */
@Component
class PreservationCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    PreservationCipher(@Value("${vigil.preservation.key-file:${vigil.database.data-dir:data/pg}/../keys/preservation.key}") Path keyFile) {
        this.key = new SecretKeySpec(loadOrCreate(keyFile.toAbsolutePath().normalize()), "AES");
    }

    /** {@code version || nonce || ciphertext+tag}. */
    byte[] seal(UUID order, int position, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(binding(order, position));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a preserved copy", e);
        }
    }

    /** The plain bytes; throws if the stored bytes were altered, moved or sealed with another key. */
    byte[] open(UUID order, int position, byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
            throw new IllegalStateException("preserved copy of item " + position + " has an unknown format");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            c.updateAAD(binding(order, position));
            return c.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("preserved copy of item " + position + " of order " + order
                    + " fails its integrity check (altered, moved, or sealed with another key)", e);
        }
    }

    private static byte[] binding(UUID order, int position) {
        return (order + "/" + position).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (key.length != 32) {
                    throw new IllegalStateException(file + " must hold a base64 AES-256 key (32 bytes), found " + key.length);
                }
                return key;
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "preservation", ".key");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: rely on the directory's permissions
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
                return loadOrCreate(file);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the preservation key " + file, e);
        }
    }
}
