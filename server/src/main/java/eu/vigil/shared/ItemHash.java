package eu.vigil.shared;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import eu.vigil.hashing.MalformedSignalException;
import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.SignalType;
import eu.vigil.hashing.tmk.TmkFormat;
import eu.vigil.hashing.tmk.TmkFormatException;

/**
 * The hash of one item of an order, referral or notice, stored with its type (R38). Two hashes of the same content
 * may have the same length and different meanings (a PDQ and a SHA-256 are both 64 hex digits), so the type is part
 * of the value and is never guessed from the length alone.
 *
 * @param type  what kind of hash
 * @param value canonical text: lowercase hex for PDQ, MD5 and SHA-256; base64 of the upstream binary file for TMK+PDQF
 */
public record ItemHash(Type type, String value) {

    /** The kinds of item hash. */
    public enum Type {
        /** PDQ image hash, 64 hex digits, compared by Hamming distance. */
        PDQ("PDQ"),
        /** MD5 of the file, 32 hex digits, exact. */
        MD5("MD5"),
        /** SHA-256 of the file, 64 hex digits, exact. */
        SHA256("SHA-256"),
        /** TMK+PDQF video hash: the upstream binary file, base64-encoded. */
        TMK_PDQF("TMK+PDQF");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** How people write the type, e.g. {@code SHA-256}. */
        public String label() {
            return label;
        }

        /**
         * The type named by {@code text}: its label or name, case-insensitively, {@code -}, {@code _} and {@code +}
         * ignored ({@code sha256}, {@code SHA-256}, {@code tmk+pdqf}, {@code TMK_PDQF}).
         */
        public static Optional<Type> named(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String t = squeeze(text);
            for (Type type : values()) {
                if (squeeze(type.name()).equals(t) || squeeze(type.label).equals(t)) {
                    return Optional.of(type);
                }
            }
            return t.equals("TMK") ? Optional.of(TMK_PDQF) : Optional.empty();
        }

        private static String squeeze(String s) {
            return s.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").replace("+", "");
        }
    }

    /** Largest TMK+PDQF text accepted (base64 of a file with the most periods and coefficients upstream writes). */
    public static final int MAX_TMK_TEXT = 400_000;

    /** Accepted forms, for messages. */
    public static final String FORMS = "PDQ (64 hex digits), MD5 (32 hex digits), SHA-256 (64 hex digits) or TMK+PDQF "
            + "(base64 of the upstream file), written as type:value, e.g. pdq:f8f8…";

    public ItemHash {
        if (type == null || value == null) {
            throw new IllegalArgumentException("a hash needs a type and a value");
        }
    }

    /**
     * Parses a hash of a stated type, checking its form.
     *
     * @throws IllegalArgumentException naming what is wrong, e.g. "a PDQ hash is 64 hex digits, got 63"
     */
    public static ItemHash of(Type type, String text) {
        if (type == null) {
            throw new IllegalArgumentException("the hash type is required: " + FORMS);
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the " + type.label + " hash is empty");
        }
        return switch (type) {
            case PDQ, MD5, SHA256 -> {
                SignalType signal = type == Type.PDQ ? SignalType.PDQ : type == Type.MD5 ? SignalType.MD5 : SignalType.SHA256;
                if (t.length() != signal.hexLength()) {
                    throw new IllegalArgumentException("a " + type.label + " hash is " + signal.hexLength()
                            + " hex digits, got " + t.length() + " characters");
                }
                try {
                    yield new ItemHash(type, signal.parse(t).toText());
                } catch (MalformedSignalException e) {
                    throw new IllegalArgumentException("a " + type.label + " hash is hex digits 0-9 and a-f only");
                }
            }
            case TMK_PDQF -> {
                if (t.length() > MAX_TMK_TEXT) {
                    throw new IllegalArgumentException("a TMK+PDQF hash is at most " + MAX_TMK_TEXT + " characters of base64");
                }
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(t);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("a TMK+PDQF hash is the upstream file in base64: " + e.getMessage());
                }
                try {
                    TmkFormat.fromBytes(bytes);
                } catch (TmkFormatException e) {
                    throw new IllegalArgumentException("not a TMK+PDQF file: " + e.getMessage());
                }
                yield new ItemHash(type, Base64.getEncoder().encodeToString(bytes));
            }
        };
    }

    /**
     * A typed hash from a form's or a request's two fields: a type ({@code PDQ}, {@code MD5}, …) and a text, or, with
     * the type empty, a text written {@code type:value}; null when both are empty.
     *
     * @throws IllegalArgumentException naming what is wrong (a type without a hash, an unknown type, a malformed value)
     */
    public static ItemHash fromParts(String type, String text) {
        if (text == null || text.isBlank()) {
            if (type != null && !type.isBlank()) {
                throw new IllegalArgumentException("a hash type without a hash: give the hash or leave the type empty");
            }
            return null;
        }
        if (type == null || type.isBlank()) {
            return parse(text);
        }
        Type t = Type.named(type).orElseThrow(() -> new IllegalArgumentException(
                "unknown hash type '" + type.strip() + "': " + FORMS));
        String value = text.strip();
        int colon = value.indexOf(':');
        if (colon > 0 && Type.named(value.substring(0, colon)).isPresent()) {
            value = value.substring(colon + 1);
        }
        return of(t, value);
    }

    /**
     * Parses {@code type:value} ({@code pdq:…}, {@code md5:…}, {@code sha256:…}, {@code tmk:…}). A bare 32-digit hex
     * value is taken as MD5, since no other type has that length; a bare 64-digit value is refused as ambiguous.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ItemHash parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        if (colon > 0) {
            Optional<Type> type = Type.named(t.substring(0, colon));
            if (type.isEmpty()) {
                throw new IllegalArgumentException("unknown hash type '" + t.substring(0, colon) + "': " + FORMS);
            }
            return of(type.get(), t.substring(colon + 1));
        }
        if (t.matches("(?i)[0-9a-f]{32}")) {
            return of(Type.MD5, t);
        }
        if (t.matches("(?i)[0-9a-f]{64}")) {
            throw new IllegalArgumentException("64 hex digits may be a PDQ or a SHA-256 hash: write pdq:… or sha256:…");
        }
        throw new IllegalArgumentException("not a hash: " + FORMS);
    }

    /** The {@code type:value} text {@link #parse} reads back, with the type in lower case. */
    public String text() {
        return switch (type) {
            case PDQ -> "pdq:";
            case MD5 -> "md5:";
            case SHA256 -> "sha256:";
            case TMK_PDQF -> "tmk:";
        } + value;
    }

    /** A short form for lists and audit records: the type and the first 16 characters. */
    public String abbreviated() {
        return type.label + " " + (value.length() > 16 ? value.substring(0, 16) + "…" : value);
    }

    /**
     * The Hamming distance to another PDQ hash; empty unless both are PDQ.
     */
    public Optional<Integer> pdqDistance(ItemHash other) {
        if (type != Type.PDQ || other.type != Type.PDQ) {
            return Optional.empty();
        }
        return Optional.of(PdqHash.parse(value).distance(PdqHash.parse(other.value)));
    }

    /** Whether two hashes name the same content: equal values of the same type, or PDQs within {@code pdqDistance}. */
    public boolean sameContentAs(ItemHash other, int pdqDistance) {
        return type == other.type && (value.equals(other.value)
                || pdqDistance(other).map(d -> d <= pdqDistance).orElse(false));
    }

    @Override
    public String toString() {
        return abbreviated();
    }
}
