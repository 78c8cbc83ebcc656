package eu.vigil.referral.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.deconfliction.Duplicate;
import eu.vigil.referral.ItemFeedback;
import eu.vigil.referral.Referral;
import eu.vigil.referral.ReferralItem;

/**
 * A referral as the API shows it: always {@code "binding": false} with the label people read, the requested and the
 * measured response time, and per item the other senders of the same item to the same provider.
 */
record ReferralView(UUID id, String reference, boolean binding, String label, String state, String outcome,
        UUID senderId, String senderName, String senderMemberState, UUID providerId, String providerName, String category,
        String crimeArea, String language, long requestedResponseMinutes, Instant respondBy, Instant createdAt,
        Instant sentAt, Instant answeredAt, Instant withdrawnAt, Long responseMinutes, Boolean answeredInRequestedTime,
        String releaseJustification, String note, UUID actionDayId, int openItems, List<Item> items) {

    /** The label every representation of a referral carries. */
    static final String LABEL = "Non-binding referral for your voluntary consideration under your terms of service; not a removal order";

    /** One item. */
    record Item(int position, String url, String hashType, String hash, String termsClause, String account, boolean held,
            ItemFeedback feedback, List<OtherSender> alsoSentBy) {
    }

    /** Another open case to the same provider that names the item. */
    record OtherSender(String kind, String reference, String sender, String href) {
    }

    static ReferralView of(Referral r, Map<Integer, List<Duplicate>> also) {
        return new ReferralView(r.id().value(), r.reference(), r.binding(), LABEL, r.state().name(), r.outcome().name(),
                r.senderId(), r.senderName(), r.senderMemberState(), r.providerId(), r.providerName(), r.category().name(),
                r.category().area().name(), r.language(), r.requestedResponse().toMinutes(), r.respondBy().orElse(null),
                r.createdAt(), r.sentAt(), r.answeredAt(), r.withdrawnAt(),
                r.responseTime().map(java.time.Duration::toMinutes).orElse(null), r.answeredInRequestedTime().orElse(null),
                r.releaseJustification(), r.note(), r.actionDayId(), r.openItems(),
                r.items().stream().map(i -> item(i, also.getOrDefault(i.position(), List.of()))).toList());
    }

    private static Item item(ReferralItem i, List<Duplicate> also) {
        return new Item(i.position(), i.url(), i.hash() == null ? null : i.hash().type().name(),
                i.hash() == null ? null : i.hash().value(), i.termsClause(), i.account(), i.held(), i.feedback(),
                also.stream().map(d -> new OtherSender(d.existing().kind().name(), d.existing().reference(), d.sender(),
                        d.existing().href())).toList());
    }
}
