package eu.vigil.inbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import eu.vigil.inbox.InboxEntry;
import eu.vigil.inbox.QueueOrder;

/**
 * One entry of {@code GET /api/v1/inbox}: what the case is and whether it binds the provider, in fields a machine
 * reads ({@code kind}, {@code binding}, {@code due}) and a label a person reads ({@code label}).
 *
 * @param due {@code LEGAL_DEADLINE} for an order, {@code REQUESTED_RESPONSE} for a referral that asks for an answer by
 *            a time (not a legal deadline), null when nothing is due
 */
record QueueEntry(InboxEntry.Kind kind, boolean binding, String label, QueueOrder.Rank rank, boolean priority,
        UUID id, String reference, String title, String senderName, String senderMemberState, Instant receivedAt,
        Instant dueAt, String due, Long remainingSeconds, boolean overdue, int openItems, int items, String status,
        String page, String api) {

    static QueueEntry of(InboxEntry e, QueueOrder.Rank rank, Instant now) {
        String due = e.dueAt() == null ? null : e.kind().binding() ? "LEGAL_DEADLINE" : "REQUESTED_RESPONSE";
        Long remaining = e.dueAt() == null ? null : Duration.between(now, e.dueAt()).toSeconds();
        return new QueueEntry(e.kind(), e.kind().binding(), label(e), rank, e.priority(), e.id(), e.reference(),
                e.title(), e.senderName(), e.senderMemberState(), e.receivedAt(), e.dueAt(), due, remaining,
                e.dueAt() != null && !e.dueAt().isAfter(now), e.openItems(), e.items(), e.status(), e.path(), api(e));
    }

    static String label(InboxEntry e) {
        return switch (e.kind()) {
            case ORDER -> "Binding removal order";
            case REFERRAL -> "Non-binding referral";
            case NOTICE -> e.priority() ? "Non-binding notice, trusted flagger (priority)" : "Non-binding notice";
        };
    }

    static String api(InboxEntry e) {
        return switch (e.kind()) {
            case ORDER -> "/api/v1/removal-orders/" + e.id();
            case REFERRAL -> "/api/v1/referrals/" + e.id();
            case NOTICE -> "/api/v1/notices/" + e.id();
        };
    }
}
