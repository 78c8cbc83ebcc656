package eu.vigil.statements;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A statement of reasons for one item of a removal order or of a DSA notice, as it will be sent to the Transparency
 * Database.
 *
 * @param id         statement id
 * @param providerId the provider that acted
 * @param orderId    the removal order, null for a notice's statement
 * @param noticeId   the notice, null for an order's statement
 * @param position   the item's position in the order or notice
 * @param puid       the platform's unique identifier of the decision in the database
 * @param payload    the statement in the database's fields
 * @param state      where it stands
 * @param findings   what the personal-data check found in the current text
 * @param draftedAt  when it was drafted
 * @param draftedBy  who drafted it
 * @param reviewedAt when a person last reviewed it, null if never
 * @param reviewedBy who did
 * @param reviewNote the reviewer's note
 * @param exportId   the export batch it went out in, null before
 */
public record StatementOfReasons(StatementId id, UUID providerId, UUID orderId, UUID noticeId, int position, String puid,
        Map<String, Object> payload, StatementState state, List<PersonalDataFinding> findings, Instant draftedAt,
        String draftedBy, Instant reviewedAt, String reviewedBy, String reviewNote, UUID exportId) {

    public StatementOfReasons {
        payload = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(payload));
        findings = List.copyOf(findings);
    }
}
