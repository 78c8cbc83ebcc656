package eu.vigil.notice.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.deconfliction.Duplicate;
import eu.vigil.identity.Actor;
import eu.vigil.notice.ItemDecision;
import eu.vigil.notice.Notice;
import eu.vigil.notice.NoticeItem;

/**
 * A notice as the API shows it: always {@code "binding": false} with the label people read, whether it is
 * prioritised and why, and per item the other senders of the same item to the same provider. The notifier's name and
 * e-mail are shown to the sender and the provider only.
 */
record NoticeView(UUID id, String reference, boolean binding, String label, String state, boolean prioritised,
        String priorityReason, String trustedFlagger, UUID senderId, String senderName, String senderKind,
        String senderMemberState, UUID providerId, String providerName, String category, String crimeArea,
        String explanation, String language, NotifierView notifier, boolean goodFaith, Instant receivedAt,
        Instant acknowledgedAt, String acknowledgement, Instant decidedAt, String ground, String groundText,
        String decisionExplanation, int openItems, List<NoticeItemView> items) {

    /** The label every representation of a notice carries. */
    static final String LABEL = "Non-binding notice under DSA Art. 16 for your diligent, objective assessment; not an order";

    /** Who notified, or that the notifier stays anonymous (Art. 16(2)(c)). */
    record NotifierView(String name, String email, boolean waived) {
    }

    /** One item. */
    record NoticeItemView(int position, String url, String hashType, String hash, ItemDecision decision,
            List<NoticeOtherSender> alsoSentBy) {
    }

    /** Another open case to the same provider that names the item. */
    record NoticeOtherSender(String kind, String reference, String sender, String href) {
    }

    static NoticeView of(Notice n, Map<Integer, List<Duplicate>> also, Actor reader) {
        boolean party = reader.organisationId().value().equals(n.senderId())
                || reader.organisationId().value().equals(n.providerId());
        return new NoticeView(n.id().value(), n.reference(), n.binding(), LABEL, n.state().name(), n.prioritised(),
                n.priority().reason(), n.priority().trustedFlagger(), n.senderId(), n.senderName(), n.senderKind().name(),
                n.senderMemberState(), n.providerId(), n.providerName(), n.category().name(), n.category().area().name(),
                n.explanation(), n.language(), party ? new NotifierView(n.notifier().name(), n.notifier().email(),
                        n.notifier().waived()) : null, n.goodFaith(), n.receivedAt(), n.acknowledgedAt(),
                acknowledgement(n), n.decidedAt(), n.ground() == null ? null : n.ground().name(), n.groundText(),
                n.decisionExplanation(), n.openItems(),
                n.items().stream().map(i -> item(i, also.getOrDefault(i.position(), List.of()))).toList());
    }

    /** What happened to the acknowledgement of receipt (Art. 16(4)). */
    static String acknowledgement(Notice n) {
        return n.acknowledged() ? "Receipt confirmed to the notifier (DSA Art. 16(4))"
                : "None: the notifier's contact details were waived (DSA Art. 16(2)(c))";
    }

    private static NoticeItemView item(NoticeItem i, List<Duplicate> also) {
        return new NoticeItemView(i.position(), i.url(), i.hash() == null ? null : i.hash().type().name(),
                i.hash() == null ? null : i.hash().value(), i.decision(), also.stream().map(d -> new NoticeOtherSender(
                        d.existing().kind().name(), d.existing().reference(), d.sender(), d.existing().href())).toList());
    }
}
