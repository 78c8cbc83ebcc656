package eu.vigil.removalorder;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.vigil.shared.CanonicalJson;
import eu.vigil.shared.InvalidInput;

/**
 * The idempotency keys of issuing (Build 7): per issuing organisation, a key names one request. The first request
 * with a key claims it inside the issuing transaction; a concurrent request with the same key waits on the
 * primary key until the first commits (then it finds the order) or rolls back (then it claims the key itself), so
 * one key makes at most one order.
 */
@Component
class IdempotencyKeys {

    /** The label of the header, as problem documents name it. */
    static final String HEADER = "Idempotency-Key";
    /** Longest key accepted. */
    static final int MAX_LENGTH = 255;

    /** What a key says about a request. */
    sealed interface Claim {

        /** The key is new: this request issues, then {@link #bind binds} the key to its order. */
        record Fresh() implements Claim {
        }

        /** The key was used for the same request, which issued {@code order}: answer that order again. */
        record Repeat(RemovalOrderId order) implements Claim {
        }

        /** The key was used for another request (which issued {@code order}). */
        record Reused(RemovalOrderId order) implements Claim {
        }
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key as given, or empty when none was sent; refuses keys that are too long or not printable ASCII. */
    static Optional<String> checked(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String k = key.strip();
        if (k.length() > MAX_LENGTH || !k.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw InvalidInput.of(HEADER, HEADER + ": at most " + MAX_LENGTH
                    + " printable ASCII characters without spaces (a UUID is usual)");
        }
        return Optional.of(k);
    }

    /** Claims {@code key} for the request with {@code hash}; call inside the issuing transaction. */
    Claim claim(UUID organisation, String key, String hash, Instant now) {
        while (true) {
            int added = jdbc.sql("""
                    insert into issue_idempotency_key (organisation_id, idempotency_key, request_hash, created_at)
                    values (?,?,?,?) on conflict do nothing""")
                    .params(organisation, key, hash, Timestamp.from(now)).update();
            if (added == 1) {
                return new Claim.Fresh();
            }
            var used = jdbc.sql("select request_hash, order_id from issue_idempotency_key"
                    + " where organisation_id = ? and idempotency_key = ?").params(organisation, key)
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, UUID.class)}).optional();
            if (used.isEmpty()) {
                continue; // the other request was refused and gave the key back meanwhile
            }
            RemovalOrderId order = used.get()[1] == null ? null : new RemovalOrderId((UUID) used.get()[1]);
            if (!hash.equals(used.get()[0])) {
                return new Claim.Reused(order);
            }
            if (order == null) {
                throw new IllegalStateException("idempotency key " + key + " committed without an order");
            }
            return new Claim.Repeat(order);
        }
    }

    /** Binds a claimed key to the order its request issued. */
    void bind(UUID organisation, String key, RemovalOrderId order) {
        jdbc.sql("update issue_idempotency_key set order_id = ? where organisation_id = ? and idempotency_key = ?")
                .params(order.value(), organisation, key).update();
    }

    /** Gives a claimed key back when its request was refused, so that the corrected request may use it. */
    void release(UUID organisation, String key) {
        jdbc.sql("delete from issue_idempotency_key where organisation_id = ? and idempotency_key = ? and order_id is null")
                .params(organisation, key).update();
    }

    /**
     * SHA-256 (hex) of the canonical JSON of the request and the deconfliction override: keys sorted, sets as
     * sorted lists, so that the same request always gives the same hash, also after a restart.
     */
    static String hash(IssueRequest request, String deconflictionOverride) {
        TreeMap<String, Object> fields = new TreeMap<>();
        for (RecordComponent c : IssueRequest.class.getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(request);
                if (value == null && c.getName().equals("crisisId")) {
                    continue; // added with issue 13: a request under no crisis hashes as it did before
                }
                if (c.getName().equals("items") && value instanceof java.util.List<?> items) {
                    value = items.stream().map(IdempotencyKeys::item).toList();
                }
                fields.put(c.getName(), value instanceof java.util.Set<?> set ? sorted(set) : value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
        fields.put("deconflictionOverride", deconflictionOverride == null || deconflictionOverride.isBlank() ? null
                : deconflictionOverride.strip());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(CanonicalJson.write(fields).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An item as it hashed before hash types (R38): without {@code hashType} when it has none. */
    private static Object item(Object item) {
        if (!(item instanceof IssueRequest.Item i) || i.hashType() != null) {
            return item;
        }
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("url", i.url());
        m.put("extraInfo", i.extraInfo());
        m.put("hash", i.hash());
        return m;
    }

    private static java.util.List<String> sorted(Collection<?> values) {
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).sorted().toList();
    }
}
