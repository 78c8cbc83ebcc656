package eu.vigil.deconfliction;

import java.time.Instant;
import java.util.UUID;

/**
 * A URL or hash under investigation, flagged by an authority or Europol.
 *
 * @param id             flag id
 * @param organisationId flagging organisation
 * @param kind           URL or HASH
 * @param value          canonical URL or lower-case hex hash
 * @param caseReference  the flagging organisation's case reference (shown only to it)
 * @param flaggedAt      when flagged
 * @param expiresAt      when the flag lapses, may be null
 */
public record InvestigationFlag(UUID id, UUID organisationId, Kind kind, String value, String caseReference,
        Instant flaggedAt, Instant expiresAt) {

    /** What is flagged. */
    public enum Kind {
        URL, HASH
    }

    /** The canonical form compared on checks: trimmed; hashes lower-case; URLs without a trailing slash. */
    public static String canonical(Kind kind, String value) {
        String v = value.strip();
        return kind == Kind.HASH ? v.toLowerCase() : v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }
}
