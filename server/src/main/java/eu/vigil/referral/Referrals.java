package eu.vigil.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.deconfliction.Deconfliction;
import eu.vigil.deconfliction.Duplicate;
import eu.vigil.deconfliction.Duplicates;
import eu.vigil.identity.Actor;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.registry.ReferenceData;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.Violations;

/**
 * Sends, releases, withdraws and answers referrals (R36). Before a referral goes out its URLs and hashes are checked
 * against other organisations' investigation flags (R11: a hit holds the referral from the provider and tells both
 * sides, unless the sender overrides with a justification that is audited) and against the open items of every
 * sender's orders, referrals and notices (R37: a duplicate warns and links the existing case, it never blocks). The
 * model ({@link Referral}) decides every transition; this service persists it and publishes a {@link ReferralEvent}.
 */
@Service
public class Referrals {

    private final ReferralLedger ledger;
    private final Clock clock;
    private final Organisations organisations;
    private final ReferenceData reference;
    private final Deconfliction deconfliction;
    private final Duplicates duplicates;
    private final ApplicationEventPublisher events;
    private final Duration defaultResponse;

    Referrals(ReferralLedger ledger, Clock clock, Organisations organisations, ReferenceData reference,
            Deconfliction deconfliction, Duplicates duplicates, ApplicationEventPublisher events,
            @Value("${vigil.referrals.requested-response:PT72H}") Duration defaultResponse) {
        this.ledger = ledger;
        this.clock = clock;
        this.organisations = organisations;
        this.reference = reference;
        this.deconfliction = deconfliction;
        this.duplicates = duplicates;
        this.events = events;
        this.defaultResponse = defaultResponse;
    }

    /**
     * What sending did: the referral (held or with the provider), the open cases that already name an item, and the
     * investigation flags it hit.
     */
    public record Sent(Referral referral, List<Duplicate> duplicates, List<Deconfliction.Hit> hits) {

        /** Whether it is held from the provider for deconfliction. */
        public boolean held() {
            return referral.state() == ReferralState.HELD;
        }
    }

    /** The response time asked for when a sender does not say ({@code vigil.referrals.requested-response}). */
    public Duration defaultResponse() {
        return defaultResponse;
    }

    /** Providers on this installation a referral can go to, by name. */
    public List<Organisation> addressees() {
        return organisations.all().stream().filter(o -> o.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER)
                .sorted(java.util.Comparator.comparing(o -> o.name().toLowerCase(Locale.ROOT))).toList();
    }

    /** Whether the actor may send referrals: an operator of Europol or of a competent authority (its referral unit). */
    public static boolean maySend(Actor actor) {
        return (actor.kind() == OrganisationKind.EUROPOL || actor.kind() == OrganisationKind.COMPETENT_AUTHORITY)
                && actor.has(Role.OPERATOR);
    }

    /**
     * Sends one referral.
     *
     * @param override the justification for sending although an item is under investigation, or null to hold it
     * @throws eu.vigil.shared.InvalidInput naming each wrong field
     */
    @Transactional
    public Sent send(Actor actor, ReferralRequest request, String override) {
        requireSender(actor);
        Violations v = new Violations();
        Prepared prepared = prepare(request, v, "");
        v.throwIfPresent();
        return dispatch(actor, List.of(prepared), null, override).getFirst();
    }

    /** A request checked and bound to its addressee, ready to send. */
    record Prepared(ReferralRequest request, Organisation provider, List<ReferralItem> items) {
    }

    /** Checks a request, adding field errors under {@code prefix}; null provider when it is not one. */
    Prepared prepare(ReferralRequest request, Violations v, String prefix) {
        Violations own = request.check(new Violations());
        own.errors().forEach(e -> v.add(prefix + e.field(), e.message()));
        Organisation provider = request.providerId() == null ? null : organisations.find(new OrganisationId(request.providerId()))
                .filter(o -> o.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER).orElse(null);
        v.check(request.providerId() != null && provider == null, prefix + "providerId", "not a hosting service provider on Vigil");
        Violations items = new Violations();
        List<ReferralItem> checked = request.referralItems(items);
        items.errors().forEach(e -> v.add(prefix + e.field(), e.message()));
        return new Prepared(request, provider, checked);
    }

    /**
     * Sends checked requests, each as one referral, in the caller's transaction: deconfliction and duplicates are
     * checked per referral, held ones are kept from their provider, the others are registered and the provider told.
     */
    List<Sent> dispatch(Actor actor, List<Prepared> prepared, UUID actionDayId, String override) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean overriding = override != null && !override.isBlank();
        List<Sent> sent = new ArrayList<>();
        List<Referral> fresh = new ArrayList<>();
        List<List<Deconfliction.Hit>> hitsOf = new ArrayList<>();
        for (Prepared p : prepared) {
            List<Deconfliction.Hit> hits = hits(actor, p.items());
            Set<String> flagged = hits.stream().map(Deconfliction.Hit::value).collect(Collectors.toSet());
            List<ReferralItem> items = p.items().stream().map(i -> new ReferralItem(i.position(), i.url(), i.hash(),
                    i.termsClause(), i.account(), flagged.contains(i.url()) || i.hash() != null && flagged.contains(i.hash().value()),
                    null)).toList();
            boolean hold = !hits.isEmpty() && !overriding;
            ReferralRequest r = p.request();
            String prefix = actor.memberState() == null || actor.kind() == OrganisationKind.EUROPOL ? "EU" : actor.memberState();
            int year = now.atOffset(ZoneOffset.UTC).getYear();
            String ref = "REF-" + prefix + "-" + year + "-" + String.format("%05d", ledger.nextNumber(prefix, year));
            Referral referral = new Referral(ReferralId.random(), ref, actor.organisationId().value(), actor.organisationName(),
                    actor.kind() == OrganisationKind.EUROPOL ? null : actor.memberState(), p.provider().id().value(),
                    p.provider().name(), r.contentCategory().orElseThrow(),
                    r.language() == null || r.language().isBlank() ? null : r.language().strip().toLowerCase(Locale.ROOT),
                    r.requestedResponseHours() == null ? defaultResponse : Duration.ofHours(r.requestedResponseHours()),
                    r.note() == null || r.note().isBlank() ? null : r.note().strip(), actionDayId,
                    hold ? ReferralState.HELD : ReferralState.SENT, now, actor.auditor().label(), hold ? null : now,
                    hits.isEmpty() || hold ? null : override.strip(), null, null, items);
            fresh.add(referral);
            hitsOf.add(hits);
            sent.add(new Sent(referral, duplicates.check(items.stream().map(ReferralItem::asCaseItem).toList()), hits));
        }
        ledger.insert(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            Referral referral = fresh.get(i);
            List<Deconfliction.Hit> hits = hitsOf.get(i);
            if (!hits.isEmpty()) {
                deconfliction.recordHits(actor, hits, referral.state() == ReferralState.HELD ? "held"
                        : "overridden: " + override.strip());
            }
            if (referral.state() == ReferralState.HELD) {
                events.publishEvent(new ReferralEvent(ReferralEvent.Kind.HELD, referral, actor.auditor(), now, List.of(),
                        Map.of("flags", hits.size())));
            } else {
                received(actor, referral, now, hits.isEmpty() ? Map.of() : Map.of("override", override.strip()));
            }
        }
        return sent;
    }

    private List<Deconfliction.Hit> hits(Actor actor, List<ReferralItem> items) {
        return deconfliction.check(actor.organisationId().value(), items.stream().map(ReferralItem::url).toList(),
                items.stream().filter(i -> i.hash() != null && i.hash().type() != eu.vigil.shared.ItemHash.Type.TMK_PDQF)
                        .map(i -> i.hash().value()).toList());
    }

    private void received(Actor actor, Referral referral, Instant now, Map<String, ?> extra) {
        duplicates.register(actor, referral.caseRef(), referral.providerId(),
                referral.items().stream().map(ReferralItem::asCaseItem).toList());
        events.publishEvent(new ReferralEvent(ReferralEvent.Kind.RECEIVED, referral, actor.auditor(), now, List.of(), extra));
    }

    /**
     * Releases a held referral to its provider. While an item is still under investigation the sender must justify
     * the override; the justification is audited and both sides of each hit are told again.
     */
    @Transactional
    public Referral release(Actor actor, ReferralId id, String justification) {
        Referral held = ledger.lock(id).filter(r -> r.visibleTo(actor)).orElseThrow(() -> new NotFound("referral " + id));
        List<Deconfliction.Hit> hits = hits(actor, held.items());
        boolean justified = justification != null && !justification.isBlank();
        if (!hits.isEmpty() && !justified && held.mayRelease(actor)) {
            throw ReferralRefusal.JUSTIFICATION_REQUIRED.violation();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Referral released = held.released(actor, justified ? justification.strip() : null, now);
        ledger.update(released);
        if (!hits.isEmpty()) {
            deconfliction.recordHits(actor, hits, "overridden: " + justification.strip());
        }
        received(actor, released, now, justified ? Map.of("override", justification.strip()) : Map.of());
        return released;
    }

    /** Withdraws a held or sent referral; its items no longer count as open. */
    @Transactional
    public Referral withdraw(Actor actor, ReferralId id) {
        Referral open = ledger.lock(id).filter(r -> r.visibleTo(actor)).orElseThrow(() -> new NotFound("referral " + id));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Referral withdrawn = open.withdrawn(actor, now);
        ledger.update(withdrawn);
        duplicates.closeAll(withdrawn.caseRef());
        events.publishEvent(new ReferralEvent(ReferralEvent.Kind.WITHDRAWN, withdrawn, actor.auditor(), now, List.of(),
                Map.of()));
        return withdrawn;
    }

    /** One item's answer as the provider posts it. */
    public record Feedback(int position, String outcome, String action, List<String> memberStates, String reason) {
    }

    /**
     * The provider answers for items; an answer is final. The referral is answered once no item is open.
     *
     * @throws eu.vigil.shared.InvalidInput naming each wrong field ({@code items[i].outcome}, … or without prefix for one)
     */
    @Transactional
    public Referral answer(Actor actor, ReferralId id, List<Feedback> feedback) {
        Referral open = ledger.lock(id).filter(r -> r.visibleTo(actor)).orElseThrow(() -> new NotFound("referral " + id));
        open.refusalToAnswer(actor).ifPresent(r -> {
            throw r.violation();
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Violations v = new Violations();
        v.check(feedback.isEmpty(), "items", "answer at least one item");
        List<Referral.Answer> answers = new ArrayList<>();
        for (int i = 0; i < feedback.size(); i++) {
            Feedback f = feedback.get(i);
            String prefix = feedback.size() == 1 ? "" : "items[" + i + "].";
            try {
                answers.add(new Referral.Answer(f.position(), ItemFeedback.given(prefix, f.outcome(), f.action(),
                        f.memberStates(), f.reason(), reference::isEuMemberState, now, actor.auditor().label())));
            } catch (eu.vigil.shared.InvalidInput e) {
                e.errors().forEach(err -> v.add(err.field(), err.message()));
            }
        }
        v.throwIfPresent();
        Referral answered = open.answered(actor, answers, now);
        List<Integer> positions = answers.stream().map(Referral.Answer::position).toList();
        ledger.answers(id, answered.items().stream().filter(i -> positions.contains(i.position())).toList());
        ledger.update(answered);
        positions.forEach(p -> duplicates.close(answered.caseRef(), p));
        events.publishEvent(new ReferralEvent(answered.state() == ReferralState.ANSWERED ? ReferralEvent.Kind.ANSWERED
                : ReferralEvent.Kind.ITEMS_ANSWERED, answered, actor.auditor(), now, positions, Map.of("items", positions.size())));
        return answered;
    }

    /** A referral the actor may read. */
    public Referral get(Actor actor, ReferralId id) {
        return ledger.find(id).filter(r -> r.visibleTo(actor)).orElseThrow(() -> new NotFound("referral " + id));
    }

    /**
     * The referrals the actor may read, newest first, at most 1,000: a provider those it received, the Commission all,
     * any other organisation those it sent.
     */
    public List<Referral> visibleTo(Actor actor) {
        UUID org = actor.organisationId().value();
        return switch (actor.kind()) {
            case HOSTING_SERVICE_PROVIDER -> ledger.where("r.provider_id = ? and r.sent_at is not null", List.of(org));
            case COMMISSION -> ledger.where("true", List.of());
            default -> ledger.where("r.sender_id = ?", List.of(org));
        };
    }

    /** The referrals of one action day, for its sender or the Commission. */
    List<Referral> ofActionDay(UUID actionDayId) {
        return ledger.where("r.action_day_id = ?", List.of(actionDayId), 10_000);
    }

    /** Referrals sent to providers in {@code [from, to)}, for the dashboards (visibility is the caller's). */
    List<Referral> sentBetween(Instant from, Instant to) {
        return ledger.where("r.sent_at >= ? and r.sent_at < ?", List.of(java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(to)), 100_000);
    }

    /**
     * For each item of the referral, the other open cases to the same provider that name it: the provider sees every
     * sender of an item it received twice (R37).
     */
    public Map<Integer, List<Duplicate>> alsoSentBy(Referral referral) {
        return referral.sentAt() == null ? Map.of() : duplicates.alsoSentBy(referral.caseRef());
    }

    private static void requireSender(Actor actor) {
        if (!maySend(actor)) {
            throw new Forbidden("Europol and competent authorities' referral units send referrals (operator role)");
        }
    }

    /** Same check for the action days of this package. */
    static void requireSenderOf(Actor actor) {
        requireSender(actor);
    }
}
