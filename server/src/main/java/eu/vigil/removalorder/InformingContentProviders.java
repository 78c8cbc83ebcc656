package eu.vigil.removalorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.StateConflict;
import eu.vigil.shared.Violations;

/**
 * Information to content providers (Art. 11, issue 11 build 3 and defect 12). The addressee records when it informed
 * the content provider of the removal (Art. 11(1)), which starts the content provider's 48 hours to request scrutiny
 * of a cross-border order (Art. 4(4)); it records the content provider's requests for the reasons or a copy of the
 * order and its answers (Art. 11(2)). Times are checked against the injected clock and the order's receipt (400
 * naming the field); informing or answering while non-disclosure is in force (Art. 11(3), {@link NonDisclosurePeriod})
 * is refused with {@link Refusal#NON_DISCLOSURE_IN_FORCE} (409). The issuing authority and the host Member State's
 * authority are told of the information ({@link ContentProviderInformed}).
 */
@Service
public class InformingContentProviders {

    /** Why a record is refused. */
    public enum Refusal {
        /** The order's non-disclosure decision (Art. 11(3)) is still in force at the given time (409). */
        NON_DISCLOSURE_IN_FORCE,
        /** Nothing of the order (or of the item) was removed or disabled yet, so there is nothing to inform of (422). */
        NOTHING_REMOVED,
        /** The information was already recorded for the order or the item (422). */
        ALREADY_INFORMED,
        /** The request was already answered (409). */
        REQUEST_ANSWERED
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final RemovalOrders orders;
    private final ApplicationEventPublisher events;

    InformingContentProviders(JdbcClient jdbc, Clock clock, AuditLog audit, RemovalOrders orders,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.orders = orders;
        this.events = events;
    }

    /**
     * The addressee records that it informed the content provider at {@code informedAt} (now when null).
     *
     * @param position the item, null for the whole order
     */
    @Transactional
    public ContentProviderInformation inform(Actor actor, RemovalOrderId id, Integer position, Instant informedAt,
            ContentProviderInformation.Channel channel, String note) {
        RemovalOrder order = addressee(actor, id);
        Instant now = now();
        Instant at = informedAt == null ? now : informedAt.truncatedTo(ChronoUnit.MICROS);
        new Violations()
                .check(channel == null, "channel", "how was the content provider informed?")
                .check(at.isAfter(now), "informedAt", "cannot be in the future")
                .check(at.isBefore(order.receivedAt()), "informedAt",
                        "cannot be before the order was received (" + order.receivedAt() + ")")
                .check(position != null && order.items().stream().noneMatch(i -> i.position() == position), "position",
                        "the order has no item " + position)
                .throwIfPresent();
        refuseWhileSilent(order, at, "inform the content provider");
        boolean removed = order.items().stream().filter(i -> position == null || i.position() == position)
                .anyMatch(i -> i.status() != OrderItem.ItemStatus.PENDING);
        if (!removed) {
            throw new RuleViolation(Refusal.NOTHING_REMOVED.name(), (position == null ? "No item of this order"
                    : "Item " + position) + " has been removed or disabled yet: Art. 11(1) information follows the removal.");
        }
        if (position != null && informed(id, null).stream().anyMatch(i -> i.position() == null)) {
            throw alreadyInformed();
        }
        Instant until = order.type().opensCrossBorderScrutiny() && order.crossBorder()
                ? at.plus(ScrutinyProceedings.REQUEST_WINDOW) : null;
        UUID rid = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into content_provider_information (id, order_id, position, informed_at, channel, note,
                        scrutiny_request_until, recorded_at, recorded_by) values (?,?,?,?,?,?,?,?,?)""")
                    .params(rid, id.value(), position, Timestamp.from(at), channel.name(), strip(note),
                            until == null ? null : Timestamp.from(until), Timestamp.from(now), actor.auditor().label())
                    .update();
        } catch (DuplicateKeyException e) {
            throw alreadyInformed();
        }
        ContentProviderInformation info = informed(id, rid).getFirst();
        events.publishEvent(new ContentProviderInformed(now, actor.auditor(), order, info));
        return info;
    }

    /** The addressee records a content provider's request under Art. 11(2), received at {@code receivedAt} (now when null). */
    @Transactional
    public ContentProviderRequest recordRequest(Actor actor, RemovalOrderId id, Instant receivedAt,
            ContentProviderRequest.Asked asked, String details) {
        RemovalOrder order = addressee(actor, id);
        Instant now = now();
        Instant at = receivedAt == null ? now : receivedAt.truncatedTo(ChronoUnit.MICROS);
        new Violations()
                .check(asked == null, "asked", "REASONS, COPY_OF_ORDER or REASONS_AND_COPY")
                .check(at.isAfter(now), "receivedAt", "cannot be in the future")
                .check(at.isBefore(order.receivedAt()), "receivedAt",
                        "cannot be before the order was received (" + order.receivedAt() + ")")
                .throwIfPresent();
        UUID rid = UUID.randomUUID();
        jdbc.sql("""
                insert into content_provider_request (id, order_id, received_at, asked, details, recorded_at, recorded_by)
                values (?,?,?,?,?,?,?)""")
                .params(rid, id.value(), Timestamp.from(at), asked.name(), strip(details), Timestamp.from(now),
                        actor.auditor().label())
                .update();
        ContentProviderRequest request = request(id, rid);
        audit.append(actor.auditor(), new AuditEvent("removal_order.content_provider_request", "removal_order",
                id.toString(), null, request, java.util.Map.of("request", rid.toString(), "asked", asked.name())));
        return request;
    }

    /** The addressee records its answer to a request at {@code answeredAt} (now when null). */
    @Transactional
    public ContentProviderRequest answer(Actor actor, RemovalOrderId id, UUID requestId, Instant answeredAt, String note) {
        RemovalOrder order = addressee(actor, id);
        jdbc.sql("select id from content_provider_request where id = ? and order_id = ? for update")
                .params(requestId, id.value()).query(UUID.class).optional()
                .orElseThrow(() -> new NotFound("content provider request " + requestId));
        ContentProviderRequest request = request(id, requestId);
        if (!request.open()) {
            throw new StateConflict(Refusal.REQUEST_ANSWERED.name(), "ANSWERED",
                    "This request was answered on " + request.answeredAt() + ".");
        }
        Instant now = now();
        Instant at = answeredAt == null ? now : answeredAt.truncatedTo(ChronoUnit.MICROS);
        new Violations()
                .check(at.isAfter(now), "answeredAt", "cannot be in the future")
                .check(at.isBefore(request.receivedAt()), "answeredAt",
                        "cannot be before the request was received (" + request.receivedAt() + ")")
                .throwIfPresent();
        refuseWhileSilent(order, at, "answer the content provider");
        jdbc.sql("update content_provider_request set answered_at = ?, answer_note = ?, answered_by = ? where id = ?")
                .params(Timestamp.from(at), strip(note), actor.auditor().label(), requestId).update();
        ContentProviderRequest answered = request(id, requestId);
        audit.append(actor.auditor(), new AuditEvent("removal_order.content_provider_request_answered", "removal_order",
                id.toString(), request, answered, java.util.Map.of("request", requestId.toString())));
        return answered;
    }

    /** The Art. 11 record of an order, for everyone who may see the order. */
    public InformationToContentProvider of(Actor actor, RemovalOrderId id) {
        RemovalOrder order = orders.get(actor, id);
        var period = NonDisclosurePeriod.of(order);
        List<ContentProviderRequest> requests = jdbc.sql("""
                select * from content_provider_request where order_id = ? order by received_at, id""")
                .param(id.value()).query((rs, n) -> mapRequest(rs)).list();
        Instant reminded = jdbc.sql("select reminded_at from non_disclosure_end_reminder where order_id = ?")
                .param(id.value()).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional().orElse(null);
        return new InformationToContentProvider(id, order.nonDisclosureEndsOn(),
                period.map(NonDisclosurePeriod::endsAt).orElse(null),
                period.map(p -> p.inForceAt(clock.instant())).orElse(false), informed(id, null),
                requests, requests.stream().filter(ContentProviderRequest::open).count(), reminded);
    }

    private void refuseWhileSilent(RemovalOrder order, Instant at, String what) {
        var period = NonDisclosurePeriod.of(order);
        if (period.isPresent() && period.get().inForceAt(at)) {
            throw new StateConflict(Refusal.NON_DISCLOSURE_IN_FORCE.name(), "NON_DISCLOSURE",
                    "The issuing authority decided that the content provider must not be informed until the end of "
                            + period.get().endsOn() + " (UTC, Art. 11(3)); you may " + what + " from "
                            + period.get().endsAt() + ".");
        }
    }

    private static RuleViolation alreadyInformed() {
        return new RuleViolation(Refusal.ALREADY_INFORMED.name(),
                "The information to the content provider was already recorded for this order or item.");
    }

    private RemovalOrder addressee(Actor actor, RemovalOrderId id) {
        RemovalOrder order = orders.get(actor, id);
        if (!actor.organisationId().value().equals(order.providerId())) {
            throw new Forbidden("only the provider that removed the content informs its content provider (Art. 11)");
        }
        return order;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The information records of an order, or the one with {@code only}'s id. */
    private List<ContentProviderInformation> informed(RemovalOrderId id, UUID only) {
        return jdbc.sql("""
                select * from content_provider_information where order_id = ? and (cast(? as uuid) is null or id = ?)
                order by informed_at, id""")
                .params(id.value(), only, only).query((rs, n) -> mapInformation(rs)).list();
    }

    private ContentProviderRequest request(RemovalOrderId id, UUID requestId) {
        return jdbc.sql("select * from content_provider_request where id = ? and order_id = ?")
                .params(requestId, id.value()).query((rs, n) -> mapRequest(rs)).optional()
                .orElseThrow(() -> new NotFound("content provider request " + requestId));
    }

    private static ContentProviderInformation mapInformation(ResultSet rs) throws SQLException {
        return new ContentProviderInformation(rs.getObject("id", UUID.class),
                new RemovalOrderId(rs.getObject("order_id", UUID.class)), rs.getObject("position", Integer.class),
                rs.getTimestamp("informed_at").toInstant(),
                ContentProviderInformation.Channel.valueOf(rs.getString("channel")), rs.getString("note"),
                RemovalOrders.instant(rs.getTimestamp("scrutiny_request_until")),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }

    private static ContentProviderRequest mapRequest(ResultSet rs) throws SQLException {
        return new ContentProviderRequest(rs.getObject("id", UUID.class),
                new RemovalOrderId(rs.getObject("order_id", UUID.class)), rs.getTimestamp("received_at").toInstant(),
                ContentProviderRequest.Asked.valueOf(rs.getString("asked")), rs.getString("details"),
                rs.getTimestamp("recorded_at").toInstant(), RemovalOrders.instant(rs.getTimestamp("answered_at")),
                rs.getString("answer_note"));
    }
}
