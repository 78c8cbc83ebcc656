package eu.vigil.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON shapes of the Vigil API that the client reads and writes. Unknown properties are ignored, so the
 * server may add fields without breaking clients.
 */
public final class ApiModel {

    private ApiModel() {
    }

    /** One order of the provider's inbox ({@code GET /api/v1/inbox}): the order and its one-hour clock. */
    public record InboxOrder(Order order, String phase, Instant dueAt, Long remainingSeconds, boolean sealValid,
            boolean overdue) {
    }

    /** The parts of a removal order a provider's integration needs. */
    public record Order(UUID id, String reference, String issuingAuthorityName, String issuingMemberState,
            String providerName, String language, String state, boolean emergency, Instant issuedAt,
            Instant receivedAt, Instant acknowledgedAt, Instant executedAt, List<OrderItem> items) {
        public Order {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * An item (URL) of an order and what happened to it; {@code hashType} ({@code PDQ}, {@code MD5}, {@code SHA256},
     * {@code TMK_PDQF}) says what {@code hash} is (R38), null without a hash or for an untyped one of an older order.
     */
    public record OrderItem(int position, String url, String extraInfo, String hash, String status, Instant actionAt,
            String hashType) {

        /** An item without a typed hash, as servers before issue 14 sent it. */
        public OrderItem(int position, String url, String extraInfo, String hash, String status, Instant actionAt) {
            this(position, url, extraInfo, hash, status, actionAt, null);
        }
    }

    /** What was done to one item: {@code REMOVED} or {@code DISABLED}, and when (Annex II). */
    public record ItemAction(int position, String action, Instant actionAt) {
    }

    /** Body of {@code POST /api/v1/removal-orders/{id}/feedback} (Annex II). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feedback(List<ItemAction> items, String providerReference, String authorisedPerson) {
    }

    /**
     * Body of {@code POST /api/v1/removal-orders/{id}/impossibility} (Annex III); {@code reason} is
     * {@code FORCE_MAJEURE}, {@code MANIFEST_ERROR} or {@code INSUFFICIENT_INFORMATION}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Impossibility(String reason, String details, String clarificationRequired, String authorisedPerson) {
    }

    /**
     * One entry of a bank as the snapshot ({@code signal_type}) and the delta feed ({@code signalType}) write it.
     *
     * @param signalType {@code PDQ}, {@code MD5}, {@code SHA256} or {@code URL}
     * @param enabled    false in the delta feed means: remove it from the replica
     */
    public record BankEntry(long id, @JsonAlias("signal_type") String signalType, String value, List<String> labels,
            boolean enabled, long checkpoint) {
        public BankEntry {
            labels = labels == null ? List.of() : List.copyOf(labels);
        }
    }

    /** {@code GET /api/v1/banks/{id}/snapshot}: the enabled entries and the checkpoint to follow the feed from. */
    public record BankSnapshot(String bank, String name, int pdqThreshold, boolean suppression, long checkpoint,
            List<BankEntry> entries) {
        public BankSnapshot {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }

    /** {@code GET /api/v1/banks/{id}/changes?since=}: one page of the delta feed. */
    public record BankChanges(String bank, long since, long checkpoint, boolean more, List<BankEntry> changes) {
        public BankChanges {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    /** One signal to look up ({@code PDQ}, {@code MD5}, {@code SHA256}, {@code URL}). */
    public record MatchQuery(String signalType, String value) {
    }

    /** A label with its DSA Transparency Database mapping. */
    public record Label(String code, String title, String dsaCategory, String dsaKeyword, String dsaSpecification) {
    }

    /** An entry that matched; {@code distance} is the Hamming distance for PDQ, 0 for exact types. */
    public record MatchHit(long entryId, String bank, String bankName, String signalType, String value,
            List<Label> labels, int distance) {
        public MatchHit {
            labels = labels == null ? List.of() : List.copyOf(labels);
        }
    }

    /** The answer for one query of {@code POST /api/v1/match}; matches are empty when suppressed. */
    public record MatchOutcome(int index, String signalType, String value, List<MatchHit> matches,
            List<MatchHit> suppressedBy) {
        public MatchOutcome {
            matches = matches == null ? List.of() : List.copyOf(matches);
            suppressedBy = suppressedBy == null ? List.of() : List.copyOf(suppressedBy);
        }

        public boolean matched() {
            return !matches.isEmpty();
        }
    }

    /**
     * One entry of the provider's one queue ({@code GET /api/v1/inbox}): a binding removal order, a non-binding referral
     * or a non-binding notice. {@code due} is {@code LEGAL_DEADLINE} for orders and {@code REQUESTED_RESPONSE} for
     * referrals (not a legal deadline); {@code api} is where the case itself is read.
     */
    public record QueueEntry(String kind, boolean binding, String label, String rank, boolean priority, UUID id,
            String reference, String title, String senderName, String senderMemberState, Instant receivedAt,
            Instant dueAt, String due, Long remainingSeconds, boolean overdue, int openItems, int items, String status,
            String page, String api) {

        /** Whether this is a removal order, which binds the provider in law. */
        public boolean isOrder() {
            return "ORDER".equals(kind);
        }

        /** Whether this is a referral, which the provider considers under its terms of service. */
        public boolean isReferral() {
            return "REFERRAL".equals(kind);
        }
    }

    /** A referral as the provider reads it ({@code GET /api/v1/referrals/{id}}); always {@code binding: false}. */
    public record Referral(UUID id, String reference, boolean binding, String label, String state, String outcome,
            String senderName, String senderMemberState, String providerName, String category, String crimeArea,
            String language, Instant respondBy, Instant sentAt, Instant answeredAt, Long responseMinutes,
            int openItems, List<ReferralItem> items) {
        public Referral {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** An item of a referral, with the provider's answer once given. */
    public record ReferralItem(int position, String url, String hashType, String hash, String termsClause,
            String account, boolean held, ReferralFeedback feedback) {
    }

    /** The provider's answer for a referral item. */
    public record ReferralFeedback(String outcome, String action, List<String> memberStates, String reason,
            Instant answeredAt) {
    }

    /**
     * An answer for one referral item: {@code ACTIONED} with {@code action} {@code REMOVED}, {@code RESTRICTED} or
     * {@code GEO_BLOCKED} (then {@code memberStates}), {@code NOT_ACTIONED} with a {@code reason}, or
     * {@code NOT_APPLICABLE}. Use the factories.
     */
    public record ReferralAnswer(int position, String outcome, String action, List<String> memberStates, String reason) {

        /** The item was removed. */
        public static ReferralAnswer removed(int position) {
            return new ReferralAnswer(position, "ACTIONED", "REMOVED", null, null);
        }

        /** The item was restricted (e.g. age-gated or demoted). */
        public static ReferralAnswer restricted(int position) {
            return new ReferralAnswer(position, "ACTIONED", "RESTRICTED", null, null);
        }

        /** Access to the item was blocked in the given Member States. */
        public static ReferralAnswer geoBlocked(int position, List<String> memberStates) {
            return new ReferralAnswer(position, "ACTIONED", "GEO_BLOCKED", List.copyOf(memberStates), null);
        }

        /** The item was assessed and left online, for the reason given. */
        public static ReferralAnswer notActioned(int position, String reason) {
            return new ReferralAnswer(position, "NOT_ACTIONED", null, null, reason);
        }

        /** The item is not the provider's or no longer exists. */
        public static ReferralAnswer notApplicable(int position) {
            return new ReferralAnswer(position, "NOT_APPLICABLE", null, null, null);
        }
    }
}
