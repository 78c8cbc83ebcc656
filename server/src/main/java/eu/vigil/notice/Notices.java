package eu.vigil.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.deconfliction.Duplicate;
import eu.vigil.deconfliction.Duplicates;
import eu.vigil.identity.Actor;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.Violations;
import eu.vigil.statements.NoticeStatement;
import eu.vigil.statements.StatementDraft;
import eu.vigil.statements.StatementOfReasons;
import eu.vigil.statements.StatementsOfReasons;

/**
 * Submits notices and records the provider's decisions (R55, R56). On receipt the sender is assessed against the
 * Commission's list of trusted flaggers (priority and its reason are kept), the items are checked against the open
 * items of every sender's cases (a duplicate warns, R37) and registered, and receipt is confirmed to the notifier when
 * it gave contact details (Art. 16(4)). A decision that restricts an item drafts its statement of reasons, with the
 * source type of the notice's origin, in the same transaction. The model ({@link Notice}) decides every transition;
 * this service persists it and publishes a {@link NoticeEvent}.
 */
@Service
public class Notices {

    private final NoticeLedger ledger;
    private final Clock clock;
    private final Organisations organisations;
    private final TrustedFlaggers flaggers;
    private final Duplicates duplicates;
    private final StatementsOfReasons statements;
    private final ApplicationEventPublisher events;

    Notices(NoticeLedger ledger, Clock clock, Organisations organisations, TrustedFlaggers flaggers,
            Duplicates duplicates, StatementsOfReasons statements, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.clock = clock;
        this.organisations = organisations;
        this.flaggers = flaggers;
        this.duplicates = duplicates;
        this.statements = statements;
        this.events = events;
    }

    /** What submitting did: the notice, and the open cases that already name an item. */
    public record Submitted(Notice notice, List<Duplicate> duplicates) {
    }

    /** What deciding did: the notice, and the statements of reasons drafted for the restricted items. */
    public record Decided(Notice notice, List<StatementOfReasons> statements) {
    }

    /**
     * A provider's decision on a notice: per item ({@code items}) or for every open item ({@code measure} and
     * {@code reason}); the ground, the provision or clause relied on and the explanation apply to the restricted
     * items, whose statements of reasons take the provider's additions in {@code statement}.
     */
    public record Decision(List<ItemChoice> items, String measure, String reason, String ground, String groundText,
            String explanation, StatementDraft statement) {

        public Decision {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** One item's decision as the provider posts it. */
    public record ItemChoice(int position, String measure, String reason) {
    }

    /** Whether the actor may send notices: an operator of an authority, Europol or a notifying body. */
    public static boolean maySend(Actor actor) {
        return (actor.kind() == OrganisationKind.COMPETENT_AUTHORITY || actor.kind() == OrganisationKind.EUROPOL
                || actor.kind() == OrganisationKind.NOTIFIER) && actor.has(Role.OPERATOR);
    }

    /** Providers on this installation a notice can go to, by name. */
    public List<Organisation> addressees() {
        return organisations.all().stream().filter(o -> o.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER)
                .sorted(Comparator.comparing(o -> o.name().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * Submits a notice to a provider.
     *
     * @throws InvalidInput  naming each wrong field
     * @throws RuleViolation {@link NoticeRefusal#WAIVER_NOT_ALLOWED} (naming the waived fields) or
     *                       {@link NoticeRefusal#GOOD_FAITH_REQUIRED} (naming {@code goodFaith})
     */
    @Transactional
    public Submitted submit(Actor actor, NoticeRequest request) {
        if (!maySend(actor)) {
            throw new Forbidden(NoticeRefusal.NOT_A_NOTIFIER.message());
        }
        Violations v = request.check(new Violations());
        Organisation provider = request.providerId() == null ? null : organisations.find(new OrganisationId(request.providerId()))
                .filter(o -> o.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER).orElse(null);
        v.check(request.providerId() != null && provider == null, "providerId", "not a hosting service provider on Vigil");
        List<NoticeItem> items = request.noticeItems(v);
        Notifier notifier = null;
        RuleViolation refused = null;
        try {
            notifier = Notifier.of(request.notifierName(), request.notifierEmail(), request.waiver(),
                    request.contentCategory().orElse(null));
        } catch (InvalidInput e) {
            e.errors().forEach(err -> v.add(err.field(), err.message()));
        } catch (RuleViolation e) {
            refused = e;
        }
        v.throwIfPresent();
        if (refused != null) {
            throw refused;
        }
        if (!Boolean.TRUE.equals(request.goodFaith())) {
            throw NoticeRefusal.GOOD_FAITH_REQUIRED.violation(List.of("goodFaith"));
        }
        var category = request.contentCategory().orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        String reference = "NTC-" + year + "-" + String.format("%05d", ledger.nextNumber(year));
        Priority priority = flaggers.assess(actor.organisationId().value(), actor.organisationName(), category);
        Notice received = new Notice(NoticeId.random(), reference, actor.organisationId().value(), actor.organisationName(),
                actor.kind(), actor.kind() == OrganisationKind.EUROPOL ? null : actor.memberState(), provider.id().value(),
                provider.name(), category, request.explanation().strip(), notifier, true,
                request.language() == null || request.language().isBlank() ? null
                        : request.language().strip().toLowerCase(Locale.ROOT),
                priority, NoticeState.RECEIVED, now, actor.auditor().label(), null, null, null, null, null, items);
        Notice notice = received.acknowledgedAt(now);
        List<Duplicate> found = duplicates.check(items.stream().map(NoticeItem::asCaseItem).toList());
        ledger.insert(notice);
        duplicates.register(actor, notice.caseRef(), notice.providerId(),
                items.stream().map(NoticeItem::asCaseItem).toList());
        events.publishEvent(new NoticeEvent(NoticeEvent.Kind.RECEIVED, notice, actor.auditor(), now, List.of(),
                Map.of("prioritised", notice.prioritised(), "priorityReason", priority.reason())));
        if (notice.acknowledged()) {
            events.publishEvent(new NoticeEvent(NoticeEvent.Kind.ACKNOWLEDGED, notice, actor.auditor(), now, List.of(),
                    Map.of()));
        }
        return new Submitted(notice, found);
    }

    /**
     * The provider decides on items of a notice; a decision is final. Restricted items get their statements of
     * reasons at once.
     *
     * @throws InvalidInput naming each wrong field ({@code items[i].measure}, {@code groundText}, {@code contentTypes}, …)
     */
    @Transactional
    public Decided decide(Actor actor, NoticeId id, Decision decision) {
        Notice open = ledger.lock(id).filter(n -> n.visibleTo(actor)).orElseThrow(() -> new NotFound("notice " + id));
        open.refusalToDecide(actor).ifPresent(r -> {
            throw r.violation();
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Violations v = new Violations();
        List<Notice.Choice> choices = new ArrayList<>();
        if (!decision.items().isEmpty()) {
            for (int i = 0; i < decision.items().size(); i++) {
                ItemChoice c = decision.items().get(i);
                choice(v, "items[" + i + "].", c.position(), c.measure(), c.reason(), actor, now).ifPresent(choices::add);
            }
        } else if (decision.measure() != null && !decision.measure().isBlank()) {
            open.items().stream().filter(NoticeItem::open).forEach(i -> choice(v, "", i.position(), decision.measure(),
                    decision.reason(), actor, now).ifPresent(choices::add));
        } else {
            v.add("measure", "decide on the notice: REMOVED, DISABLED, RESTRICTED or NO_ACTION, or per item");
        }
        boolean restricts = choices.stream().anyMatch(c -> c.decision().measure().restricts());
        DecisionGround ground = DecisionGround.ILLEGAL_CONTENT;
        if (decision.ground() != null && !decision.ground().isBlank()) {
            try {
                ground = DecisionGround.valueOf(decision.ground().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("ground", "ILLEGAL_CONTENT or INCOMPATIBLE_CONTENT");
            }
        }
        v.check(restricts && (decision.groundText() == null || decision.groundText().isBlank()), "groundText",
                ground == DecisionGround.ILLEGAL_CONTENT ? "the legal provision the content breaches"
                        : "the clause of your terms and conditions the content breaches");
        v.throwIfPresent();
        String explanation = decision.explanation() == null || decision.explanation().isBlank() ? open.explanation()
                : decision.explanation().strip();
        Notice decided = open.decided(actor, choices, restricts ? ground : open.ground(),
                restricts ? decision.groundText().strip() : open.groundText(),
                restricts ? explanation : open.decisionExplanation(), now);
        List<Integer> positions = choices.stream().map(Notice.Choice::position).toList();
        ledger.update(decided, decided.items().stream().filter(i -> positions.contains(i.position())).toList());
        positions.forEach(p -> duplicates.close(decided.caseRef(), p));
        List<StatementOfReasons> drafted = List.of();
        List<NoticeStatement.Item> restricted = choices.stream().filter(c -> c.decision().measure().restricts())
                .map(c -> new NoticeStatement.Item(c.position(), visibility(c.decision().measure()), now)).toList();
        if (!restricted.isEmpty()) {
            StatementDraft draft = decision.statement() == null ? new StatementDraft(List.of(), null, null,
                    null, null, false) : decision.statement();
            if (draft.contentLanguage() == null && decided.language() != null) {
                draft = new StatementDraft(draft.contentTypes(), draft.contentTypeOther(), draft.contentDate(),
                        decided.language(), draft.decisionFacts(), draft.automatedDetection());
            }
            drafted = statements.draftForNotice(actor, new NoticeStatement(decided.id().value(), decided.reference(),
                    decided.prioritised() ? NoticeStatement.Source.TRUSTED_FLAGGER : NoticeStatement.Source.ARTICLE_16,
                    decided.prioritised() ? decided.priority().trustedFlagger() : null, decided.category(),
                    ground == DecisionGround.ILLEGAL_CONTENT, decision.groundText().strip(), explanation,
                    decided.receivedAt(), restricted, draft));
        }
        events.publishEvent(new NoticeEvent(NoticeEvent.Kind.DECIDED, decided, actor.auditor(), now, positions,
                Map.of("items", positions.size(), "statements", drafted.size())));
        return new Decided(decided, drafted);
    }

    private static java.util.Optional<Notice.Choice> choice(Violations v, String prefix, int position, String measure,
            String reason, Actor actor, Instant now) {
        var m = NoticeMeasure.named(measure);
        if (m.isEmpty()) {
            v.add(prefix + "measure", "REMOVED, DISABLED, RESTRICTED or NO_ACTION");
            return java.util.Optional.empty();
        }
        if (m.get() == NoticeMeasure.NO_ACTION && (reason == null || reason.isBlank())) {
            v.add(prefix + "reason", NoticeRefusal.REASON_REQUIRED.message());
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Notice.Choice(position, new ItemDecision(m.get(),
                reason == null || reason.isBlank() ? null : reason.strip(), now, actor.auditor().label())));
    }

    private static NoticeStatement.Visibility visibility(NoticeMeasure m) {
        return switch (m) {
            case REMOVED -> NoticeStatement.Visibility.REMOVED;
            case DISABLED -> NoticeStatement.Visibility.DISABLED;
            case RESTRICTED, NO_ACTION -> NoticeStatement.Visibility.DEMOTED;
        };
    }

    /** A notice the actor may read. */
    public Notice get(Actor actor, NoticeId id) {
        return ledger.find(id).filter(n -> n.visibleTo(actor)).orElseThrow(() -> new NotFound("notice " + id));
    }

    /**
     * The notices the actor may read, at most 1,000: a provider those it received, prioritised first, then newest;
     * the Commission all; any other organisation those it sent, newest first.
     */
    public List<Notice> visibleTo(Actor actor) {
        UUID org = actor.organisationId().value();
        return switch (actor.kind()) {
            case HOSTING_SERVICE_PROVIDER -> ledger.where("n.provider_id = ?", List.of(org, NoticeState.RECEIVED.name()),
                    "(n.state = ?) desc, n.prioritised desc, n.received_at desc, n.reference desc", 1_000);
            case COMMISSION -> ledger.where("true", List.of(), 1_000);
            default -> ledger.where("n.sender_id = ?", List.of(org), 1_000);
        };
    }

    /** The provider's open notices: prioritised ones first, then newest first, at most {@code limit}. */
    List<Notice> openFor(UUID providerId, int limit) {
        return ledger.where("n.provider_id = ? and n.state = ?", List.of(providerId, NoticeState.RECEIVED.name()),
                "n.prioritised desc, n.received_at desc, n.reference desc", limit);
    }

    /** Notices received in {@code [from, to)}, for the dashboards (visibility is the caller's). */
    List<Notice> receivedBetween(Instant from, Instant to) {
        return ledger.where("n.received_at >= ? and n.received_at < ?", List.of(java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(to)), 100_000);
    }

    /**
     * For each item of the notice, the other open cases to the same provider that name it: the provider sees every
     * sender of an item it received twice (R37).
     */
    public Map<Integer, List<Duplicate>> alsoSentBy(Notice notice) {
        return duplicates.alsoSentBy(notice.caseRef());
    }

    /** The statements of reasons drafted from the notice's decisions, for its provider; empty for anyone else. */
    public List<StatementOfReasons> statementsOf(Actor actor, Notice notice) {
        return actor.organisationId().value().equals(notice.providerId())
                ? statements.ofNotice(actor, notice.id().value()) : List.of();
    }
}
