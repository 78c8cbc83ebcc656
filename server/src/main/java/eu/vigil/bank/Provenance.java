package eu.vigil.bank;

import java.time.Instant;
import java.util.UUID;

/**
 * Who added an entry, for which organisation, from which source, and when.
 *
 * @param addedBy      the audit label of the person or credential
 * @param organisation the organisation the entry was added for
 * @param source       kind of source
 * @param sourceId     id of the order, referral or crisis, or an import name; may be null
 * @param addedAt      when
 */
public record Provenance(String addedBy, UUID organisation, SourceKind source, String sourceId, Instant addedAt) {
}
