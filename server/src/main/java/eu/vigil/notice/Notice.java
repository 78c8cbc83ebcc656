package eu.vigil.notice;

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
 * A DSA Art. 16 notice (R55): the notifier tells the provider why content at exact locations is thought illegal. It
 * owns its transitions ({@link NoticeState}) and never binds the provider: the provider decides per item. Priority
 * (R56) is decided on receipt against the Commission's list of trusted flaggers and kept with its reason.
 *
 * @param id                  its id
 * @param reference           {@code NTC-<year>-<number>}
 * @param senderId            the sending organisation (authority, Europol or notifying body)
 * @param senderName          its name
 * @param senderKind          its kind
 * @param senderMemberState   its Member State, null for Europol and bodies without one
 * @param providerId          the provider addressed
 * @param providerName        its name
 * @param category            what the content is (its crime area follows)
 * @param explanation         why the content is thought illegal (Art. 16(2)(a))
 * @param notifier            who notified (Art. 16(2)(c)), in part or whole waived only for child sexual abuse
 * @param goodFaith           the good-faith statement (Art. 16(2)(d)); always true
 * @param language            ISO 639-1 code of the content's language, or null
 * @param priority            whether it is prioritised and why (Art. 22(1))
 * @param state               where it stands
 * @param receivedAt          when the provider received it
 * @param receivedBy          who submitted it
 * @param acknowledgedAt      when receipt was confirmed to the notifier (Art. 16(4)); null when contact details were
 *                            waived
 * @param decidedAt           when the last item was decided, or null
 * @param ground              the ground of the provider's latest decision, or null
 * @param groundText          the legal provision or terms clause relied on, or null
 * @param decisionExplanation the provider's explanation of its latest decision, or null
 * @param items               its items in position order
 */
public record Notice(NoticeId id, String reference, UUID senderId, String senderName, OrganisationKind senderKind,
        String senderMemberState, UUID providerId, String providerName, ContentCategory category, String explanation,
        Notifier notifier, boolean goodFaith, String language, Priority priority, NoticeState state, Instant receivedAt,
        String receivedBy, Instant acknowledgedAt, Instant decidedAt, DecisionGround ground, String groundText,
        String decisionExplanation, List<NoticeItem> items) {

    public Notice {
        if (!goodFaith) {
            throw NoticeRefusal.GOOD_FAITH_REQUIRED.violation(List.of("goodFaith"));
        }
        if (acknowledgedAt != null && !notifier.reachable()) {
            throw new IllegalArgumentException("receipt is acknowledged only to a notifier with contact details");
        }
        items = List.copyOf(items);
    }

    /** A notice never binds the provider: it is the notifier's statement, not an order. */
    public boolean binding() {
        return false;
    }

    /** Whether a notice of this category from this sender may be handled ahead of others. */
    public boolean prioritised() {
        return priority.prioritised();
    }

    /** Items the provider has not decided yet. */
    public int openItems() {
        return (int) items.stream().filter(NoticeItem::open).count();
    }

    /** Whether receipt was acknowledged to the notifier. */
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** The case as the duplicate register names it. */
    public CaseRef caseRef() {
        return new CaseRef(CaseKind.NOTICE, id.value(), reference);
    }

    /** The item at a position. */
    public Optional<NoticeItem> item(int position) {
        return items.stream().filter(i -> i.position() == position).findFirst();
    }

    /** Whether the actor may read it: its sender, its provider and the Commission. */
    public boolean visibleTo(Actor actor) {
        UUID org = actor.organisationId().value();
        return org.equals(senderId) || org.equals(providerId) || actor.kind() == OrganisationKind.COMMISSION;
    }

    /** Whether the actor may decide on items now (the page shows the decision form). */
    public boolean mayDecide(Actor actor) {
        return refusalToDecide(actor).isEmpty();
    }

    /** Why the actor may not decide now, if it may not. */
    public Optional<NoticeRefusal> refusalToDecide(Actor actor) {
        if (!actor.organisationId().value().equals(providerId) || !actor.has(Role.OPERATOR)) {
            return Optional.of(NoticeRefusal.NOT_ADDRESSEE);
        }
        return state.mayMoveTo(NoticeState.DECIDED) ? Optional.empty() : Optional.of(NoticeRefusal.ALREADY_DECIDED);
    }

    /** The notice with receipt confirmed to the notifier now, when it has contact details; else unchanged. */
    public Notice acknowledgedAt(Instant at) {
        if (!notifier.reachable() || acknowledgedAt != null) {
            return this;
        }
        return new Notice(id, reference, senderId, senderName, senderKind, senderMemberState, providerId, providerName,
                category, explanation, notifier, goodFaith, language, priority, state, receivedAt, receivedBy, at,
                decidedAt, ground, groundText, decisionExplanation, items);
    }

    /**
     * The notice after the provider decided on items; it is {@link NoticeState#DECIDED} once none is open.
     *
     * @throws eu.vigil.shared.RuleViolation with a {@link NoticeRefusal} code when the decision is not allowed
     */
    public Notice decided(Actor actor, List<Choice> choices, DecisionGround ground, String groundText,
            String decisionText, Instant at) {
        refusalToDecide(actor).ifPresent(r -> {
            throw r.violation();
        });
        List<NoticeItem> next = new ArrayList<>(items);
        for (Choice c : choices) {
            int index = indexOf(next, c.position());
            if (!next.get(index).open()) {
                throw NoticeRefusal.ALREADY_DECIDED.violation();
            }
            next.set(index, next.get(index).decided(c.decision()));
        }
        boolean done = next.stream().noneMatch(NoticeItem::open);
        return new Notice(id, reference, senderId, senderName, senderKind, senderMemberState, providerId, providerName,
                category, explanation, notifier, goodFaith, language, priority, done ? NoticeState.DECIDED : state,
                receivedAt, receivedBy, acknowledgedAt, done ? at : null, ground, groundText, decisionText, next);
    }

    private static int indexOf(List<NoticeItem> items, int position) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).position() == position) {
                return i;
            }
        }
        throw NoticeRefusal.NO_SUCH_ITEM.violation();
    }

    /** One item's decision. */
    public record Choice(int position, ItemDecision decision) {
    }
}
