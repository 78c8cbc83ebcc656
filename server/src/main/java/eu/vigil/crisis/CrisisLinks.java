package eu.vigil.crisis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.deconfliction.Deconfliction;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.removalorder.Deadline;
import eu.vigil.removalorder.IssuedUnderCrisis;
import eu.vigil.removalorder.OrderItem;
import eu.vigil.removalorder.OrderState;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.RemovalOrders;
import eu.vigil.threat.ThreatReport;
import eu.vigil.threat.ThreatReports;

/**
 * The cases linked to a crisis (issue 13, R39 with R30 and R11): TCO orders issued under it with their clocks,
 * threat-to-life reports linked by one who filed or received them, and the deconfliction holds on the items of the
 * linked orders. Every participant sees an order's reference, addressee, state and deadline (not its content,
 * which R34 keeps to its parties) and a report's routing and receipts (not its description); holds are law
 * enforcement information and shown to authorities and Europol only. Each link is a {@link CrisisEvent} to every
 * participant.
 */
@Service
public class CrisisLinks implements IssuedUnderCrisis {

    /** The live update of a crisis board when one of its orders changed (not an event: nothing is recorded). */
    public static final String LINKED_ORDER_CHANGED = "crisis.linked_order_changed";

    /**
     * A linked order as the board shows it.
     *
     * @param phase    the clock's phase now, null without a running clock
     * @param dueAt    when it is due, null without a running clock
     * @param readable whether the reader may open the order itself (R34)
     */
    public record LinkedOrder(UUID id, String reference, String issuer, String provider, OrderState state,
            Deadline.Phase phase, Instant dueAt, Instant executedAt, boolean issuedUnder, Instant linkedAt,
            boolean readable) {
    }

    /** A linked threat-to-life report: who filed it, for which Member State, and where it went (R30). */
    public record LinkedReport(UUID id, String provider, String memberState, Instant filedAt,
            List<ThreatReport.Delivery> deliveries, Instant linkedAt) {
    }

    /** An item of a linked order that another organisation flagged as under investigation (R11). */
    public record Hold(String orderReference, String kind, String value, String holder) {
    }

    /**
     * What the board shows of the linked cases; {@code holds} is empty for providers.
     *
     * @param linkable the reader's own threat-to-life reports (filed or received) not linked yet, to choose from
     */
    public record Links(List<LinkedOrder> orders, List<LinkedReport> reports, List<Hold> holds, boolean holdsShown,
            List<LinkedReport> linkable) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Crises crises;
    private final CrisisParticipants participants;
    private final RemovalOrders orders;
    private final ThreatReports reports;
    private final Deconfliction deconfliction;
    private final ApplicationEventPublisher events;
    private final Organisations organisations;
    private final eu.vigil.relay.LiveUpdates live;

    CrisisLinks(JdbcClient jdbc, Clock clock, Crises crises, CrisisParticipants participants, RemovalOrders orders,
            ThreatReports reports, Deconfliction deconfliction, ApplicationEventPublisher events,
            Organisations organisations, eu.vigil.relay.LiveUpdates live) {
        this.live = live;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.crises = crises;
        this.participants = participants;
        this.orders = orders;
        this.reports = reports;
        this.deconfliction = deconfliction;
        this.events = events;
    }

    @Override
    public List<OpenCrisis> openFor(Actor actor) {
        if (!participants.takesPart(actor)) {
            return List.of();
        }
        return crises.list(actor).stream().filter(c -> c.phase().open())
                .map(c -> new OpenCrisis(c.id().value(), c.reference(), c.title())).toList();
    }

    @Override
    public Optional<String> refusal(Actor actor, UUID crisisId) {
        Optional<CrisisCase> crisis = crises.load(new CrisisId(crisisId));
        if (crisis.isEmpty()) {
            return Optional.of("no crisis case " + crisisId + "; choose an open crisis from the list");
        }
        if (!participants.takesPart(actor)) {
            return Optional.of("your organisation does not take part in the EU Crisis Protocol, so it cannot issue "
                    + "under crisis " + crisis.get().reference());
        }
        if (!crisis.get().phase().open()) {
            return Optional.of("crisis " + crisis.get().reference() + " is closed: orders are no longer issued under it");
        }
        return Optional.empty();
    }

    @Override
    public void issued(Actor actor, UUID crisisId, RemovalOrder order) {
        CrisisCase crisis = crises.lockOpen(new CrisisId(crisisId));
        Instant now = clock.instant();
        insertOrder(actor, crisis, order, true, now);
    }

    private void insertOrder(Actor actor, CrisisCase crisis, RemovalOrder order, boolean issuedUnder, Instant now) {
        int added = jdbc.sql("""
                insert into crisis_order_link (crisis_id, order_id, issued_under, linked_at, linked_by, linked_by_org)
                values (?,?,?,?,?,?) on conflict do nothing""")
                .params(crisis.id().value(), order.id().value(), issuedUnder, Timestamp.from(now),
                        actor.auditor().label(), actor.organisationId().value())
                .update();
        if (added == 1) {
            events.publishEvent(new CrisisEvent(CrisisEvent.ORDER_LINKED, crisis, now, actor.auditor(),
                    participants.all(), "Removal order " + order.reference() + " to " + order.providerName()
                            + (issuedUnder ? " issued under crisis " : " linked to crisis ") + crisis.reference()
                            + " by " + actor.organisationName() + ".",
                    Map.of("orderId", order.id().toString(), "orderReference", order.reference(),
                            "provider", order.providerName(), "issuedUnder", issuedUnder)));
        }
    }

    /**
     * One who filed or received a threat-to-life report links it to an open crisis (R30); each report once. Other
     * participants then see its routing and receipts on the board, not its description.
     */
    @Transactional
    public LinkedReport linkThreatReport(Actor actor, CrisisId id, UUID reportId) {
        CrisisCase crisis = crises.get(actor, id);
        if (reportId == null) {
            throw eu.vigil.shared.InvalidInput.of("reportId", "give the id of a threat-to-life report you filed or received");
        }
        ThreatReport report;
        try {
            report = reports.get(actor, reportId);
        } catch (eu.vigil.shared.NotFound e) {
            throw eu.vigil.shared.InvalidInput.of("reportId", "no threat-to-life report " + reportId
                    + " that your organisation filed or received");
        }
        crisis = crises.lockOpen(id);
        Instant now = clock.instant();
        int added = jdbc.sql("""
                insert into crisis_threat_report_link (crisis_id, report_id, linked_at, linked_by, linked_by_org)
                values (?,?,?,?,?) on conflict do nothing""")
                .params(id.value(), reportId, Timestamp.from(now), actor.auditor().label(), actor.organisationId().value())
                .update();
        String provider = name(report.providerId());
        if (added == 1) {
            events.publishEvent(new CrisisEvent(CrisisEvent.THREAT_REPORT_LINKED, crisis, now, actor.auditor(),
                    participants.all(), "Threat-to-life report from " + provider + " linked to crisis "
                            + crisis.reference() + " by " + actor.organisationName() + ".",
                    Map.of("reportId", reportId.toString(), "provider", provider,
                            "memberState", report.memberState() == null ? "unknown" : report.memberState())));
        }
        return reportsOf(id).stream().filter(r -> r.id().equals(reportId)).findFirst().orElseThrow();
    }

    /** The linked cases of a crisis, to a participant. */
    public Links of(Actor actor, CrisisId id) {
        crises.get(actor, id);
        Instant now = clock.instant();
        record Row(UUID order, boolean issuedUnder, Instant linkedAt) {
        }
        var rows = jdbc.sql("select order_id, issued_under, linked_at from crisis_order_link where crisis_id = ? "
                + "order by linked_at, order_id").param(id.value())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getTimestamp(3).toInstant()))
                .list();
        List<RemovalOrder> linked = rows.stream().map(r -> orders.find(new RemovalOrderId(r.order())).orElseThrow())
                .toList();
        List<LinkedOrder> shown = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RemovalOrder o = linked.get(i);
            Optional<Deadline> clockOf = o.state().closed() ? Optional.empty() : o.deadline();
            shown.add(new LinkedOrder(o.id().value(), o.reference(), o.issuingAuthorityName(), o.providerName(),
                    o.state(), clockOf.map(d -> d.phaseAt(now)).orElse(null), clockOf.map(Deadline::dueAt).orElse(null),
                    o.executedAt(), rows.get(i).issuedUnder(), rows.get(i).linkedAt(), RemovalOrders.maysee(actor, o)));
        }
        boolean holdsShown = actor.kind() == OrganisationKind.COMPETENT_AUTHORITY
                || actor.kind() == OrganisationKind.EUROPOL;
        List<Hold> holds = holdsShown ? holds(linked) : List.of();
        List<LinkedReport> reportsLinked = reportsOf(id);
        var linkedIds = reportsLinked.stream().map(LinkedReport::id).collect(java.util.stream.Collectors.toSet());
        List<LinkedReport> linkable = reports.visibleTo(actor).stream().filter(r -> !linkedIds.contains(r.id()))
                .limit(50).map(r -> new LinkedReport(r.id(), name(r.providerId()), r.memberState(), r.filedAt(),
                        r.deliveries(), null)).toList();
        return new Links(List.copyOf(shown), reportsLinked, holds, holdsShown, linkable);
    }

    /** Active flags of other organisations on the items of the orders, as the issuer's check would find them now. */
    private List<Hold> holds(List<RemovalOrder> linked) {
        List<Hold> holds = new java.util.ArrayList<>();
        for (RemovalOrder o : linked) {
            if (o.state().closed()) {
                continue;
            }
            deconfliction.check(o.issuingAuthorityId(), o.items().stream().map(OrderItem::url).toList(),
                    o.items().stream().map(OrderItem::hashText).filter(h -> h != null && !h.isBlank()).toList())
                    .forEach(h -> holds.add(new Hold(o.reference(), h.kind().name(), h.value(), h.organisationName())));
        }
        return holds.stream().distinct().toList();
    }

    private List<LinkedReport> reportsOf(CrisisId id) {
        var linked = jdbc.sql("select report_id, linked_at from crisis_threat_report_link where crisis_id = ? "
                + "order by linked_at, report_id").param(id.value())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).list();
        return linked.stream().map(e -> reports.find(e.getKey()).map(r -> new LinkedReport(r.id(),
                name(r.providerId()), r.memberState(), r.filedAt(), r.deliveries(), e.getValue()))
                .orElseThrow()).toList();
    }

    /**
     * Once a change to a linked order is committed, the open boards of that crisis refresh for every participant the
     * order's own event did not reach: a live update naming only the order's reference, no notification or record.
     */
    @org.springframework.transaction.event.TransactionalEventListener(
            phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void orderChanged(eu.vigil.removalorder.OrderPartyEvent event) {
        if ("removal_order.issued".equals(event.type())) {
            return; // an order issued under a crisis is told to every participant as crisis.order_linked
        }
        List<CrisisId> linked = crisesOf(event.concerns());
        if (linked.isEmpty()) {
            return;
        }
        var others = new java.util.LinkedHashSet<>(participants.all());
        others.removeAll(event.recipients());
        Object reference = eu.vigil.relay.ChangeSentences.reference(event);
        for (CrisisId crisis : linked) {
            live.echo(LINKED_ORDER_CHANGED, "crisis_case", crisis.toString(), event.at(), reference,
                    "Removal order " + reference + " on the crisis board changed.", others);
        }
    }

    private String name(UUID organisation) {
        return organisations.find(new OrganisationId(organisation)).map(eu.vigil.identity.Organisation::name).orElse("?");
    }

    /** The crises an order is linked to (for the live board of its readers). */
    List<CrisisId> crisesOf(RemovalOrderId order) {
        return jdbc.sql("select crisis_id from crisis_order_link where order_id = ?").param(order.value())
                .query((rs, n) -> new CrisisId(rs.getObject(1, UUID.class))).list();
    }
}
