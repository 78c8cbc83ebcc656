package eu.vigil.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One open case in a provider's queue.
 *
 * @param kind              order, referral or notice
 * @param id                the case's id in its own feature
 * @param reference         the human reference shown, e.g. {@code DE-2026-0042}
 * @param title             a short description (order type, campaign, notice category)
 * @param senderName        who sent it (authority, Europol unit, trusted flagger, notifier)
 * @param senderMemberState the sender's Member State, null for Europol and private notifiers
 * @param receivedAt        when it reached the provider
 * @param dueAt             for orders the legal deadline; for referrals the requested response time; null if none
 * @param priority          whether it is handled ahead of its kind (a trusted flagger within its area of expertise)
 * @param openItems         items still waiting for the provider's answer
 * @param items             all items
 * @param status            the case's state as its feature names it
 * @param path              the page of the case
 */
public record InboxEntry(Kind kind, UUID id, String reference, String title, String senderName, String senderMemberState,
        Instant receivedAt, Instant dueAt, boolean priority, int openItems, int items, String status, String path) {

    /** What the case is; only orders are binding. */
    public enum Kind {
        /** A binding removal order (TCO, national CSAM, DSA Art. 9), with a legal clock. */
        ORDER(true),
        /** A non-binding referral for the provider's voluntary consideration under its terms of service. */
        REFERRAL(false),
        /** A DSA Art. 16 notice, non-binding; a trusted flagger's within its area is handled with priority. */
        NOTICE(false);

        private final boolean binding;

        Kind(boolean binding) {
            this.binding = binding;
        }

        /** Whether the provider is bound in law to act. */
        public boolean binding() {
            return binding;
        }
    }
}
