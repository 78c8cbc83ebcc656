package eu.vigil.removalorder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.vigil.shared.CanonicalJson;

/**
 * The Annex I content of an order as a map with stable field identifiers ({@code A.reference},
 * {@code B.items}, …). Its canonical JSON is what the issuing authority seals, and what the JSON export
 * (R10) carries; recomputing it from the stored order must give the sealed text byte for byte.
 */
public final class AnnexOne {

    private AnnexOne() {
    }

    /** The fields of Annex I for {@code o}. */
    public static Map<String, Object> fields(RemovalOrder o) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("order_type", o.type().code());
        f.put("legal_basis", o.type().legalBasis());
        f.put("language", o.language());
        f.put("deadline_minutes", o.deadlineLimit().toMinutes());
        f.put("A.issuing_member_state", o.issuingMemberState());
        f.put("A.addressee", o.providerName());
        f.put("A.addressee_id", o.providerId().toString());
        f.put("A.addressee_register_version", o.providerVersion());
        f.put("A.host_member_state", o.hostMemberState());
        f.put("A.issued_at", o.issuedAt().toString());
        f.put("A.reference", o.reference());
        List<Map<String, Object>> items = o.items().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("position", i.position());
            m.put("url", i.url());
            m.put("extra_info", i.extraInfo());
            m.put("hash", i.hashText());
            if (i.typedAtIssue()) {
                // R38: orders issued since V50 seal the hash's type; earlier ones keep the text they were sealed with
                m.put("hash_type", i.hashType());
            }
            return m;
        }).toList();
        f.put("B.items", items);
        f.put("B.reasons", o.reasons().stream().map(r -> "2(7)(" + r.letter() + ")").sorted().toList());
        f.put("B.statement_of_reasons", o.statementOfReasons());
        f.put("C.non_disclosure", o.nonDisclosure());
        f.put("C.non_disclosure_until", o.nonDisclosure() && o.nonDisclosureUntil() != null
                ? o.nonDisclosureUntil().toString() : null);
        f.put("D.host_member_state_differs", o.crossBorder());
        // a copy exists only for types under TCO Art. 4 (for orders sealed before issue 11: exactly the cross-border ones);
        // an undeliverable copy is said so (defect 5), except in orders sealed before, whose text must stay as sealed
        f.put("D.copy_sent_to_host_member_state", o.scrutinyCopy().map(c -> c.delivered() || c.sealedAsSent()).orElse(false));
        o.scrutinyCopy().filter(c -> !c.delivered() && !c.sealedAsSent()).ifPresent(c -> f.put("D.copy_undeliverable",
                undeliverable(c.memberState())));
        f.put("E.issuing_authority", o.issuingAuthorityName());
        f.put("E.issuing_authority_id", o.issuingAuthorityId().toString());
        f.put("E.representative_name", o.representativeName());
        f.put("E.representative_post", o.representativePost());
        f.put("E.file_number", o.fileNumber());
        f.put("G.redress_body", o.redressBody());
        f.put("G.redress_deadline", o.redressDeadline());
        f.put("emergency_without_prior_information", o.emergency());
        f.put("emergency_justification", o.emergencyJustification());
        f.put("shared_with_europol", o.sharedWithEuropol());
        if (!o.territorialScope().isEmpty()) {
            f.put("territorial_scope", o.territorialScope());
        }
        if (o.annexParties() != null) {
            parties(f, o, o.annexParties());
        }
        return f;
    }

    /**
     * The fields of the official form that come from the register (defect 15), for orders that keep them: the
     * legal representative and points of contact (A), the issuing authority's details, the date and the seal (E), the
     * follow-up contacts (F) and the national redress provisions (G).
     */
    private static void parties(Map<String, Object> f, RemovalOrder o, AnnexParties p) {
        f.put("A.legal_representative", p.legalRepresentative());
        f.put("A.legal_representative_member_state", p.legalRepresentativeMemberState());
        f.put("A.legal_representative_address", p.legalRepresentativeAddress());
        f.put("A.legal_representative_email", p.legalRepresentativeEmail());
        f.put("A.contact_points", p.contactPoints().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("channel", c.channel().name());
            m.put("address", c.address());
            m.put("languages", c.languages());
            m.put("available_24_7", c.available247());
            return m;
        }).toList());
        f.put("E.authority_type", p.authorityType());
        f.put("E.address", p.authorityAddress());
        f.put("E.telephone", p.authorityPhone());
        f.put("E.fax", p.authorityFax());
        f.put("E.email", p.authorityEmail());
        f.put("E.date", o.issuedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
        f.put("E.seal", "Ed25519 electronic seal of the issuing authority over these fields (Art. 3(4)(e))");
        f.put("F.issuing_authority_email", p.authorityEmail());
        f.put("F.issuing_authority_telephone", p.authorityPhone());
        f.put("F.feedback_channel", "Vigil: Annex II feedback and Annex III notices on order " + o.id());
        f.put("F.host_authority", p.hostAuthority());
        f.put("F.host_authority_member_state", p.hostAuthorityMemberState());
        f.put("F.host_authority_email", p.hostAuthorityEmail());
        f.put("F.host_authority_telephone", p.hostAuthorityPhone());
        f.put("G.national_provisions", p.redressProvisions());
    }

    /** Section D's statement that the copy for {@code memberState} could not be delivered; sealed, so never reword it. */
    public static String undeliverable(String memberState) {
        return "not sent: no authority of " + memberState + " holding role (b) of Art. 12(1) is on this installation";
    }

    /** The JSON export of R10: the sealed fields plus the transmission times (R7). */
    public static Map<String, Object> export(RemovalOrder o) {
        Map<String, Object> f = new LinkedHashMap<>(fields(o));
        f.put("A.sent_at", o.sentAt().toString());
        f.put("A.received_at", o.receivedAt().toString());
        return f;
    }

    /** The canonical JSON text that is sealed. */
    public static String payload(RemovalOrder o) {
        return CanonicalJson.write(fields(o));
    }
}
