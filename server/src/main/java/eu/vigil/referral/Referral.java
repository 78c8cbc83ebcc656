package eu.vigil.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.deconfliction.CaseKind;
import eu.vigil.deconfliction.CaseRef;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Role;

/**
 * A non-binding referral (R36): the sender asks the provider to consider the items under its terms of service. It
 * owns its transitions ({@link ReferralState}); its outcome follows from its items ({@link ReferralOutcome}); it has
 * no legal deadline, only the response time the sender requested and the time the provider took.
 *
 * @param id                   its id
 * @param reference            {@code REF-<Member State or EU>-<year>-<number>}
 * @param senderId             the sending organisation (Europol or a competent authority's referral unit)
 * @param senderName           its name
 * @param senderMemberState    its Member State, null for Europol
 * @param providerId           the provider's organisation
 * @param providerName         its name
 * @param category             what the content is (its crime area follows)
 * @param language             ISO 639-1 code of the content's language, or null
 * @param requestedResponse    the response time the sender asks for (not a legal deadline)
 * @param note                 the sender's remark to the provider, or null
 * @param actionDayId          the referral action day it was sent in, or null
 * @param state                where it stands
 * @param createdAt            when the sender submitted it
 * @param createdBy            who submitted it
 * @param sentAt               when it reached the provider, null while held
 * @param releaseJustification the override's justification when it was released from a hold, or null
 * @param answeredAt           when the last item was answered, or null
 * @param withdrawnAt          when the sender withdrew it, or null
 * @param items                its items in position order
 */
public record Referral(ReferralId id, String reference, UUID senderId, String senderName, String senderMemberState,
        UUID providerId, String providerName, ContentCategory category, String language, Duration requestedResponse,
        String note, UUID actionDayId, ReferralState state, Instant createdAt, String createdBy, Instant sentAt,
        String releaseJustification, Instant answeredAt, Instant withdrawnAt, List<ReferralItem> items) {

    public Referral {
        items = List.copyOf(items);
    }

    /** A referral never binds the provider: it acts, or not, under its own terms of service. */
    public boolean binding() {
        return false;
    }

    /** What came of it so far. */
    public ReferralOutcome outcome() {
        return ReferralOutcome.of(items);
    }

    /** Items the provider has not answered yet. */
    public int openItems() {
        return (int) items.stream().filter(ReferralItem::open).count();
    }

    /** When the sender would like the answer: receipt plus the requested response time; empty while held. */
    public Optional<Instant> respondBy() {
        return Optional.ofNullable(sentAt).map(s -> s.plus(requestedResponse));
    }

    /** The measured response time, from receipt to the last item's answer; empty until every item is answered. */
    public Optional<Duration> responseTime() {
        return sentAt == null || answeredAt == null ? Optional.empty() : Optional.of(Duration.between(sentAt, answeredAt));
    }

    /** Whether the provider answered within the requested time; empty until answered. */
    public Optional<Boolean> answeredInRequestedTime() {
        return responseTime().map(t -> t.compareTo(requestedResponse) <= 0);
    }

    /** The case as the duplicate register names it. */
    public CaseRef caseRef() {
        return new CaseRef(CaseKind.REFERRAL, id.value(), reference);
    }

    /** The item at a position. */
    public Optional<ReferralItem> item(int position) {
        return items.stream().filter(i -> i.position() == position).findFirst();
    }

    /** Whether the actor may read it: its sender, its provider once received, and the Commission. */
    public boolean visibleTo(Actor actor) {
        UUID org = actor.organisationId().value();
        return org.equals(senderId) || org.equals(providerId) && sentAt != null
                || actor.kind() == OrganisationKind.COMMISSION;
    }

    /** Whether the actor may answer for items now (the page shows the answer forms). */
    public boolean mayAnswer(Actor actor) {
        return refusalToAnswer(actor).isEmpty();
    }

    /** Why the actor may not answer now, if it may not. */
    public Optional<ReferralRefusal> refusalToAnswer(Actor actor) {
        if (!actor.organisationId().value().equals(providerId) || !actor.has(Role.OPERATOR)) {
            return Optional.of(ReferralRefusal.NOT_ADDRESSEE);
        }
        return state == ReferralState.SENT ? Optional.empty() : Optional.of(ReferralRefusal.NOT_WITH_PROVIDER);
    }

    /** Whether the actor may release it from a deconfliction hold. */
    public boolean mayRelease(Actor actor) {
        return isSender(actor) && state == ReferralState.HELD;
    }

    /** Whether the actor may withdraw it. */
    public boolean mayWithdraw(Actor actor) {
        return isSender(actor) && state.mayMoveTo(ReferralState.WITHDRAWN);
    }

    private boolean isSender(Actor actor) {
        return actor.organisationId().value().equals(senderId) && actor.has(Role.OPERATOR);
    }

    /**
     * The referral after the provider answered for items; it is {@link ReferralState#ANSWERED} once none is open.
     *
     * @throws eu.vigil.shared.RuleViolation with a {@link ReferralRefusal} code when the answer is not allowed
     */
    public Referral answered(Actor actor, List<Answer> answers, Instant at) {
        refusalToAnswer(actor).ifPresent(r -> {
            throw r.violation();
        });
        List<ReferralItem> next = new ArrayList<>(items);
        for (Answer a : answers) {
            int index = indexOf(next, a.position());
            if (!next.get(index).open()) {
                throw ReferralRefusal.ALREADY_ANSWERED.violation();
            }
            next.set(index, next.get(index).answered(a.feedback()));
        }
        boolean done = next.stream().noneMatch(ReferralItem::open);
        return new Referral(id, reference, senderId, senderName, senderMemberState, providerId, providerName, category,
                language, requestedResponse, note, actionDayId, done ? ReferralState.ANSWERED : state, createdAt,
                createdBy, sentAt, releaseJustification, done ? at : null, withdrawnAt, next);
    }

    private static int indexOf(List<ReferralItem> items, int position) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).position() == position) {
                return i;
            }
        }
        throw ReferralRefusal.NO_SUCH_ITEM.violation();
    }

    /** The referral released from its hold, received by the provider now. */
    public Referral released(Actor actor, String justification, Instant at) {
        if (!isSender(actor)) {
            throw ReferralRefusal.NOT_SENDER.violation();
        }
        if (state != ReferralState.HELD) {
            throw ReferralRefusal.NOT_HELD.violation();
        }
        return new Referral(id, reference, senderId, senderName, senderMemberState, providerId, providerName, category,
                language, requestedResponse, note, actionDayId, ReferralState.SENT, createdAt, createdBy, at,
                justification, null, null, items);
    }

    /** The referral withdrawn by its sender now. */
    public Referral withdrawn(Actor actor, Instant at) {
        if (!isSender(actor)) {
            throw ReferralRefusal.NOT_SENDER.violation();
        }
        if (!state.mayMoveTo(ReferralState.WITHDRAWN)) {
            throw ReferralRefusal.NOT_OPEN.violation();
        }
        return new Referral(id, reference, senderId, senderName, senderMemberState, providerId, providerName, category,
                language, requestedResponse, note, actionDayId, ReferralState.WITHDRAWN, createdAt, createdBy, sentAt,
                releaseJustification, answeredAt, at, items);
    }

    /** One item's answer. */
    public record Answer(int position, ItemFeedback feedback) {
    }
}
