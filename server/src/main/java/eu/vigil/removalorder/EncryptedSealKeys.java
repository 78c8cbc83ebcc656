package eu.vigil.removalorder;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.audit.Auditor;
import eu.vigil.system.SecretFiles;

/**
 * The default custody of seal keys (ADR 0016): Ed25519 key pairs in {@code authority_seal}, the private key
 * encrypted with AES-256-GCM under {@code vigil.seal.key-file} (default {@code keys/seal.key} beside the embedded
 * data directory, created with owner-only permissions; mount it from a secret store in production). The authority id
 * is bound as associated data, so a ciphertext altered, copied to another authority, or opened with another key
 * file fails instead of signing. Stored format: {@code version (1) || nonce (12) || ciphertext+tag}.
 */
@Component
@ConditionalOnProperty(name = "vigil.seal.custody", havingValue = "key-file", matchIfMissing = true)
class EncryptedSealKeys implements SealKeys {

    private static final Logger log = LoggerFactory.getLogger(EncryptedSealKeys.class);
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    EncryptedSealKeys(JdbcClient jdbc, Clock clock, AuditLog audit,
            @Value("${vigil.seal.key-file:${vigil.database.data-dir:data/pg}/../keys/seal.key}") Path keyFile) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.key = new SecretKeySpec(load(keyFile), "AES");
    }

    @Override
    public byte[] sign(UUID authorityId, byte[] data) {
        return sign(authorityId, data, clock.instant());
    }

    @Override
    public byte[] sign(UUID authorityId, byte[] data, Instant validFrom) {
        byte[] pkcs8 = privateKey(authorityId, validFrom);
        try {
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal with the Ed25519 key of authority " + authorityId, e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    @Override
    public Optional<byte[]> publicKey(UUID authorityId) {
        return jdbc.sql("select public_key from authority_seal where authority_id = ?").param(authorityId)
                .query(byte[].class).optional();
    }

    @Override
    public List<SealKey> published() {
        return jdbc.sql("select authority_id, public_key, coalesce(valid_from, created_at), valid_until from authority_seal "
                + "order by authority_id, 3").query((rs, n) -> {
                    byte[] key = rs.getBytes(2);
                    Timestamp until = rs.getTimestamp(4);
                    return new SealKey(rs.getObject(1, UUID.class), SealKey.keyId(key), SealKey.ALGORITHM, key,
                            rs.getTimestamp(3).toInstant(), until == null ? null : until.toInstant());
                }).list();
    }

    /** Encrypts private keys that earlier versions stored in clear, and empties the clear column (at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    public void encryptClearKeys() {
        record Clear(UUID authority, byte[] key) {
        }
        List<Clear> clear = jdbc.sql("select authority_id, private_key from authority_seal where private_key is not null")
                .query((rs, n) -> new Clear(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
        int converted = 0;
        for (Clear c : clear) {
            converted += jdbc.sql("""
                    update authority_seal set private_key_encrypted = ?, private_key = null
                    where authority_id = ? and private_key = ?""")
                    .params(encrypt(c.authority(), c.key()), c.authority(), c.key()).update();
        }
        if (converted > 0) {
            // rewrites the table, so that the old row versions holding the clear keys leave its data file
            jdbc.sql("vacuum full authority_seal").update();
            log.info("Encrypted {} seal private keys stored in clear by an earlier version", converted);
            audit.append(Auditor.system("seal"), new AuditEvent("seal.keys_encrypted_at_rest", "authority_seal", "all",
                    null, null, Map.of("keys", converted)));
        }
    }

    private byte[] privateKey(UUID authorityId, Instant validFrom) {
        Optional<Stored> stored = read(authorityId);
        if (stored.isEmpty()) {
            Instant now = clock.instant();
            Instant from = validFrom.isAfter(now) ? now : validFrom;
            try {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                jdbc.sql("""
                        insert into authority_seal (authority_id, public_key, private_key_encrypted, created_at,
                            valid_from)
                        values (?,?,?,?,?) on conflict (authority_id) do nothing""")
                        .params(authorityId, pair.getPublic().getEncoded(),
                                encrypt(authorityId, pair.getPrivate().getEncoded()), Timestamp.from(now),
                                Timestamp.from(from))
                        .update();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot make an Ed25519 key pair", e);
            }
            stored = read(authorityId);
        }
        var row = stored.orElseThrow();
        if (row.encrypted() != null) {
            return decrypt(authorityId, row.encrypted());
        }
        // a key of an earlier version that the start-up step has not reached yet
        return row.clear().clone();
    }

    private Optional<Stored> read(UUID authorityId) {
        return jdbc.sql("select private_key, private_key_encrypted from authority_seal where authority_id = ?")
                .param(authorityId).query((rs, n) -> new Stored(rs.getBytes(1), rs.getBytes(2))).optional();
    }

    private record Stored(byte[] clear, byte[] encrypted) {
    }

    private byte[] encrypt(UUID authorityId, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(binding(authorityId));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the seal key of authority " + authorityId, e);
        }
    }

    private byte[] decrypt(UUID authorityId, byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
            throw new IllegalStateException("the seal key of authority " + authorityId + " has an unknown format");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            c.updateAAD(binding(authorityId));
            return c.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the seal key of authority " + authorityId + " fails its integrity check "
                    + "(altered, copied from another authority, or encrypted under another seal key file)", e);
        }
    }

    private static byte[] binding(UUID authorityId) {
        return ("vigil authority seal " + authorityId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] load(Path keyFile) {
        Path file = keyFile.toAbsolutePath().normalize();
        byte[] key = Base64.getDecoder().decode(SecretFiles.readOrCreate(file, () -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return Base64.getEncoder().encodeToString(fresh);
        }));
        if (key.length != 32) {
            throw new IllegalStateException(file + " must hold a base64 AES-256 key (32 bytes), found " + key.length);
        }
        return key;
    }
}
