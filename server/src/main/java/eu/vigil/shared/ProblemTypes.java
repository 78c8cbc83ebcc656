package eu.vigil.shared;

import java.net.URI;

/**
 * Stable {@code type} URIs of the RFC 9457 problem documents Vigil returns. Each is documented in
 * {@code docs/api/problems.md}; clients may switch on them.
 */
public final class ProblemTypes {

    private static final String BASE = "https://vigil.example.eu/problems/";

    /** Input failed validation; the {@code errors} member lists each field. */
    public static final URI VALIDATION = URI.create(BASE + "validation");
    /** The resource does not exist or is not visible to the caller. */
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    /** The caller is authenticated but not allowed to do this. */
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    /** The caller lacks the role the request needs; {@code role} names it (ADR 0019). */
    public static final URI ROLE_REQUIRED = URI.create(BASE + "role-required");
    /** No or invalid credentials. */
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    /** The request conflicts with the current state (duplicate, stale version). */
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    /** A business rule refused the request; {@code reason} names the rule. */
    public static final URI RULE_VIOLATED = URI.create(BASE + "rule-violated");
    /**
     * The {@code Idempotency-Key} of an issuing request was used before for a different request of the same
     * organisation; {@code existing} links the order that key issued.
     */
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
    /** The hand-picked reference is that of an order the authority already issued; {@code existing} links it. */
    public static final URI REFERENCE_ALREADY_USED = URI.create(BASE + "reference-already-used");
    /** The request could not be read (malformed JSON, wrong type, bad parameter). */
    public static final URI MALFORMED = URI.create(BASE + "malformed-request");
    /** Bounded work is at its limit (image decoders, document rendering); retry after {@code Retry-After}. */
    public static final URI BUSY = URI.create(BASE + "busy");
    /** An unexpected server failure; nothing was changed. */
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {
    }
}
