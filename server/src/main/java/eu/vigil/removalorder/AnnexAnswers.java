package eu.vigil.removalorder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Annex II (feedback) and Annex III (impossibility) as maps with stable field identifiers, for the JSON
 * export (R10) and the documents.
 */
public final class AnnexAnswers {

    private AnnexAnswers() {
    }

    /** How an Annex III notice's details carry the clarification required (see AnsweringRemovalOrders#impossibility). */
    static final String CLARIFICATION = "\nClarification required: ";

    /** The addressee's point of contact by e-mail as the order recorded it (Section C), null when none. */
    private static String contactEmail(RemovalOrder o) {
        return o.annexParties() == null ? null : o.annexParties().contactPoints().stream()
                .filter(c -> c.channel() == eu.vigil.registry.ContactChannel.EMAIL).map(c -> c.address())
                .findFirst().orElse(null);
    }

    /**
     * {@code answer} with the provider's file reference given at acknowledgement when the answer itself has none: the
     * provider states its file reference once, on acknowledging, and Annex II and III Section A carry it.
     */
    public static OrderAnswer withAcknowledgedReference(OrderAnswer answer, List<OrderAnswer> all) {
        if (answer.providerReference() != null && !answer.providerReference().isBlank()) {
            return answer;
        }
        return all.stream().filter(x -> x.kind() == OrderAnswer.Kind.ACKNOWLEDGEMENT)
                .map(OrderAnswer::providerReference).filter(r -> r != null && !r.isBlank()).findFirst()
                .map(r -> new OrderAnswer(answer.id(), answer.kind(), answer.reason(), answer.details(), r,
                        answer.authorisedPerson(), answer.filedAt(), answer.filedBy(), answer.effectiveAt()))
                .orElse(answer);
    }

    /** Section A, shared by Annex II and Annex III. */
    static Map<String, Object> sectionA(RemovalOrder o, OrderAnswer a) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("A.addressee", o.providerName());
        f.put("A.issuing_authority", o.issuingAuthorityName());
        f.put("A.reference", o.reference());
        f.put("A.provider_reference", a.providerReference());
        f.put("A.received_at", o.receivedAt().toString());
        return f;
    }

    /** Annex II: measures taken per item, with the time of each. */
    public static Map<String, Object> annexTwo(RemovalOrder o, OrderAnswer a) {
        Map<String, Object> f = sectionA(o, a);
        List<Map<String, Object>> items = o.items().stream().filter(i -> i.status() != OrderItem.ItemStatus.PENDING)
                .map(i -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("position", i.position());
                    m.put("url", i.url());
                    m.put("action", i.status().name());
                    m.put("measure", i.status() == OrderItem.ItemStatus.REMOVED ? "removed in all Member States"
                            : "access disabled in all Member States");
                    m.put("measure_at", i.actionAt().toString());
                    return m;
                }).toList();
        f.put("B.measures", items);
        f.put("C.addressee", o.providerName());
        f.put("C.member_state", o.hostMemberState());
        f.put("C.authorised_person", a.authorisedPerson());
        f.put("C.contact_email", contactEmail(o));
        f.put("C.signature", a.filedBy());
        f.put("C.date", a.filedAt().toString());
        return f;
    }

    /** Annex III: why the order cannot be executed. */
    public static Map<String, Object> annexThree(RemovalOrder o, OrderAnswer a) {
        Map<String, Object> f = sectionA(o, a);
        f.put("B.reason", a.reason() == null ? null : a.reason().name());
        f.put("B.reason_text", switch (a.reason()) {
            case FORCE_MAJEURE -> "force majeure or de facto impossibility not attributable to the hosting service provider";
            case MANIFEST_ERROR -> "the removal order contains manifest errors";
            case INSUFFICIENT_INFORMATION -> "the removal order does not contain sufficient information";
            case null -> null;
        });
        String details = a.details();
        int split = details == null ? -1 : details.indexOf(CLARIFICATION);
        f.put("B.further_information", split < 0 ? details : details.substring(0, split));
        f.put("B.clarification_required", split < 0 ? null : details.substring(split + CLARIFICATION.length()));
        f.put("C.addressee", o.providerName());
        f.put("C.authorised_person", a.authorisedPerson());
        f.put("C.contact_email", contactEmail(o));
        f.put("C.signature", a.filedBy());
        f.put("C.date", a.filedAt().toString());
        return f;
    }
}
