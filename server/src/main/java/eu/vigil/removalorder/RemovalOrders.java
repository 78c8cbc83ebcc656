package eu.vigil.removalorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.ResultPage;

/**
 * Reads orders with the visibility of R34: an authority of Member State X sees orders issued by authorities
 * of X and orders copied to X as host Member State; a provider sees the orders addressed to it; Europol sees
 * orders shared with it. Any other access is answered as "not found" and logged. Art. 14(2) (final orders to the
 * host Member State's authority competent for penalties, Art. 12(1)(d)) is covered by the host rule: every authority
 * of the host Member State, a role-(d) one included, sees the orders copied to it, final or not.
 */
@Service
public class RemovalOrders {

    /** The tables an order is read from: {@code o} the order, {@code av} issuer, {@code pv} provider, {@code c} copy. */
    static final String FROM = """
             from removal_order o
            join competent_authority_version av on av.id = o.issuing_authority_version
            join provider_version pv on pv.id = o.provider_version
            left join scrutiny_copy c on c.order_id = o.id""";

    private static final String SELECT = """
            select o.*, av.name as issuer_name, pv.name as provider_name,
                   c.authority_id as copy_authority, c.member_state as copy_state, c.delivered_at as copy_delivered,
                   c.window_ends_at as copy_window, c.delivery as copy_delivery, c.sealed_as_sent as copy_sealed_as_sent"""
            + FROM;

    private final JdbcClient jdbc;
    private final OrderTypes types;
    private final eu.vigil.deconfliction.Duplicates duplicates;

    RemovalOrders(JdbcClient jdbc, OrderTypes types, eu.vigil.deconfliction.Duplicates duplicates) {
        this.jdbc = jdbc;
        this.types = types;
        this.duplicates = duplicates;
    }

    /**
     * For each open item of the order, the other open cases to the same provider that name the same content (R37):
     * the provider sees every sender of an item it received twice; positions without one are left out.
     */
    public Map<Integer, List<eu.vigil.deconfliction.Duplicate>> alsoSentBy(RemovalOrder order) {
        return duplicates.alsoSentBy(order.caseRef());
    }

    /** Orders the actor may see, newest first. */
    public List<RemovalOrder> visibleTo(Actor actor) {
        return visibility(actor).map(w -> load(" where " + w.getKey() + " order by o.issued_at desc, o.id", w.getValue()))
                .orElse(List.of());
    }

    /**
     * One page of the orders the actor may see, newest first, cut in the database (ADR 0020).
     *
     * @throws IllegalArgumentException (answered as 400) for page parameters outside {@link ResultPage#checkRequest}
     */
    public ResultPage<RemovalOrder> visibleTo(Actor actor, int page, int size) {
        ResultPage.checkRequest(page, size);
        var where = visibility(actor).orElse(null);
        if (where == null) {
            return new ResultPage<>(List.of(), page, size, 0);
        }
        var count = jdbc.sql("select count(*) from removal_order o where " + where.getKey());
        Map<String, Object> params = new java.util.HashMap<>(where.getValue());
        for (var e : where.getValue().entrySet()) {
            count = count.param(e.getKey(), e.getValue());
        }
        long total = count.query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return new ResultPage<>(load(" where " + where.getKey() + " order by o.issued_at desc, o.id limit :limit offset :offset",
                params), page, size, total);
    }

    /** The R34 condition on {@code o} for the actor, with its parameters; empty when it sees no order. */
    static Optional<Map.Entry<String, Map<String, Object>>> visibility(Actor actor) {
        return Optional.ofNullable(switch (actor.kind()) {
            case COMPETENT_AUTHORITY -> Map.entry("(o.issuing_member_state = :ms or o.host_member_state = :ms)",
                    Map.<String, Object>of("ms", String.valueOf(actor.memberState())));
            case HOSTING_SERVICE_PROVIDER -> Map.entry("o.provider_id = :p",
                    Map.<String, Object>of("p", actor.organisationId().value()));
            case EUROPOL -> Map.entry("o.shared_with_europol", Map.<String, Object>of());
            default -> null;
        });
    }

    /** One order, if the actor may see it; otherwise the refusal is logged and "not found" thrown. */
    public RemovalOrder get(Actor actor, RemovalOrderId id) {
        Optional<RemovalOrder> order = find(id);
        if (order.isPresent() && maysee(actor, order.get())) {
            return order.get();
        }
        if (order.isPresent()) {
            throw new eu.vigil.shared.Denied("removal_order", id.toString(),
                    "R34: not issued by, addressed to or copied to the caller");
        }
        throw new NotFound("removal order " + id);
    }

    /** Whether R34 lets the actor see the order. */
    public static boolean maysee(Actor actor, RemovalOrder o) {
        return switch (actor.kind()) {
            case COMPETENT_AUTHORITY -> actor.memberState() != null && (actor.memberState().equals(o.issuingMemberState())
                    || actor.memberState().equals(o.hostMemberState()));
            case HOSTING_SERVICE_PROVIDER -> actor.organisationId().value().equals(o.providerId());
            case EUROPOL -> o.sharedWithEuropol();
            default -> false;
        };
    }

    /** Whether the actor is the issuing authority of the order. */
    public static boolean isIssuer(Actor actor, RemovalOrder o) {
        return actor.kind() == OrganisationKind.COMPETENT_AUTHORITY
                && actor.organisationId().value().equals(o.issuingAuthorityId());
    }

    /** An order without visibility checks (internal use by the module's services). */
    public Optional<RemovalOrder> find(RemovalOrderId id) {
        return load(" where o.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    /** The answers filed on an order, oldest first. */
    public List<OrderAnswer> answers(RemovalOrderId id) {
        return jdbc.sql("select * from order_answer where order_id = ? order by filed_at, id").param(id.value())
                .query((rs, n) -> new OrderAnswer(rs.getObject("id", UUID.class),
                        OrderAnswer.Kind.valueOf(rs.getString("kind")),
                        rs.getString("reason") == null ? null : ImpossibilityReason.valueOf(rs.getString("reason")),
                        rs.getString("details"), rs.getString("provider_reference"), rs.getString("authorised_person"),
                        rs.getTimestamp("filed_at").toInstant(), rs.getString("filed_by"),
                        rs.getTimestamp("effective_at").toInstant()))
                .list();
    }

    /** The order's deadline history, withdrawal and the order it replaces. */
    public OrderLife life(RemovalOrderId id) {
        return new OrderLife(clockHistory(id), withdrawal(id), replaces(id));
    }

    /** The Annex III notice in force: the last one not yet followed by a restart (grounds ceased, clarification). */
    public Optional<OrderAnswer> noticeInForce(RemovalOrderId id) {
        List<OrderAnswer> answers = answers(id);
        for (int i = answers.size() - 1; i >= 0; i--) {
            OrderAnswer a = answers.get(i);
            if (a.kind() == OrderAnswer.Kind.IMPOSSIBILITY) {
                return Optional.of(a);
            }
            if (a.kind() == OrderAnswer.Kind.GROUNDS_CEASED || a.kind() == OrderAnswer.Kind.CLARIFICATION) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** What {@code actor} may do with {@code order} now. */
    public OrderActions actions(Actor actor, RemovalOrder order) {
        OrderActions.Appeal appeal = jdbc.sql("""
                select o.final_at is not null, a.order_id is not null, a.order_id is not null and a.decided_at is null
                from removal_order o left join order_appeal a on a.order_id = o.id where o.id = ?""")
                .param(order.id().value())
                .query((rs, n) -> new OrderActions.Appeal(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).single();
        return OrderActions.of(order, actor, noticeInForce(order.id()).map(OrderAnswer::reason).orElse(null), appeal);
    }

    /** The order's deadline history, oldest first (append-only, defect 3). */
    public List<ClockEvent> clockHistory(RemovalOrderId id) {
        return jdbc.sql("select * from order_clock_event where order_id = ? order by seq").param(id.value())
                .query((rs, n) -> new ClockEvent(rs.getInt("period"), ClockEvent.Kind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("at").toInstant(), instant(rs.getTimestamp("due_at")),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("note")))
                .list();
    }

    /** Whether the order was withdrawn, when, why, and by which corrected order it was replaced. */
    public Optional<Withdrawal> withdrawal(RemovalOrderId id) {
        return jdbc.sql("select withdrawn_at, withdrawal_grounds, replaced_by from removal_order where id = ? and withdrawn_at is not null")
                .param(id.value())
                .query((rs, n) -> new Withdrawal(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        Optional.ofNullable(rs.getObject(3, UUID.class)).map(RemovalOrderId::new)))
                .optional();
    }

    /** The order a corrected order replaces (re-issue after a manifest error), if any. */
    public Optional<RemovalOrderId> replaces(RemovalOrderId id) {
        return jdbc.sql("select replaces from removal_order where id = ? and replaces is not null").param(id.value())
                .query(UUID.class).optional().map(RemovalOrderId::new);
    }

    /** The stored signed payload and signature of an order. */
    record Seal(UUID authorityId, String payload, byte[] signature) {
    }

    Seal seal(RemovalOrderId id) {
        return jdbc.sql("select issuing_authority_id, signed_payload, signature from removal_order where id = ?")
                .param(id.value()).query((rs, n) -> new Seal(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3)))
                .single();
    }

    /** Orders read with {@code where} (conditions and ordering on the aliases of {@link #FROM}). */
    List<RemovalOrder> load(String where, Map<String, Object> params) {
        var spec = jdbc.sql(SELECT + where);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Object[]> rows = new ArrayList<>();
        spec.query((ResultSet rs) -> {
            rows.add(new Object[] {rs.getObject("id", UUID.class), rowOf(rs)});
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new);
        Map<UUID, List<OrderItem>> items = jdbc.sql("select * from removal_order_item where order_id = any(?) order by position")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getObject("order_id", UUID.class), item(rs)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<NonDisclosureExtension>> extensions = extensions(ids);
        return rows.stream().map(r -> ((Row) r[1]).toOrder(items.getOrDefault((UUID) r[0], List.of()),
                extensions.getOrDefault((UUID) r[0], List.of()))).toList();
    }

    /** One item row; a hash without a type (stored before V50, of no known length) stays untyped. */
    private static OrderItem item(ResultSet rs) throws SQLException {
        String type = rs.getString("hash_type");
        String hash = rs.getString("hash");
        return new OrderItem(rs.getInt("position"), rs.getString("url"), rs.getString("extra_info"),
                type == null || hash == null ? null
                        : new eu.vigil.shared.ItemHash(eu.vigil.shared.ItemHash.Type.valueOf(type), hash),
                type == null ? hash : null, rs.getBoolean("hash_typed_at_issue"),
                OrderItem.ItemStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("action_at")));
    }

    /** The non-disclosure amendments of the orders {@code ids}, oldest first per order. */
    private Map<UUID, List<NonDisclosureExtension>> extensions(UUID[] ids) {
        return jdbc.sql("select * from non_disclosure_extension where order_id = any(?) order by number").param(ids)
                .query((rs, n) -> new NonDisclosureExtension(rs.getObject("id", UUID.class),
                        new RemovalOrderId(rs.getObject("order_id", UUID.class)), rs.getInt("number"),
                        rs.getString("order_reference"), rs.getString("original_seal_sha256"),
                        rs.getDate("previous_until").toLocalDate(), rs.getDate("until").toLocalDate(),
                        rs.getObject("issuing_authority_id", UUID.class), rs.getTimestamp("issued_at").toInstant(),
                        rs.getString("signed_payload"), rs.getBytes("signature")))
                .list().stream().collect(Collectors.groupingBy(e -> e.orderId().value(), Collectors.toList()));
    }

    private Row rowOf(ResultSet rs) throws SQLException {
        OrderType type = types.find(rs.getString("order_type")).orElseThrow();
        Set<TerroristContentType> reasons = EnumSet.noneOf(TerroristContentType.class);
        Arrays.stream((String[]) rs.getArray("reasons").getArray()).map(TerroristContentType::valueOf).forEach(reasons::add);
        ScrutinyCopy copy = rs.getString("copy_state") == null ? null : new ScrutinyCopy(
                rs.getObject("copy_authority", UUID.class), rs.getString("copy_state").strip(),
                ScrutinyCopy.Delivery.valueOf(rs.getString("copy_delivery")), instant(rs.getTimestamp("copy_delivered")),
                instant(rs.getTimestamp("copy_window")), rs.getBoolean("copy_sealed_as_sent"));
        var ndu = rs.getDate("non_disclosure_until");
        String host = rs.getString("host_member_state");
        return new Row(new RemovalOrderId(rs.getObject("id", UUID.class)), rs.getString("reference"), type,
                rs.getObject("issuing_authority_id", UUID.class), rs.getString("issuer_name"),
                rs.getString("issuing_member_state").strip(), rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"), rs.getLong("provider_version"), host == null ? null : host.strip(),
                rs.getBoolean("cross_border"), rs.getString("language").strip(), reasons,
                rs.getString("statement_of_reasons"), rs.getString("representative_name"),
                rs.getString("representative_post"), rs.getString("file_number"), rs.getString("redress_body"),
                rs.getString("redress_deadline"), rs.getBoolean("non_disclosure"), ndu == null ? null : ndu.toLocalDate(),
                rs.getBoolean("emergency"), rs.getString("emergency_justification"),
                rs.getBoolean("shared_with_europol"), Duration.ofMinutes(rs.getInt("deadline_minutes")),
                Duration.ofMinutes(rs.getInt("warning_minutes")), instant(rs.getTimestamp("issued_at")),
                instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("received_at")),
                instant(rs.getTimestamp("acknowledged_at")), instant(rs.getTimestamp("clock_started_at")),
                instant(rs.getTimestamp("warned_at")), instant(rs.getTimestamp("overdue_at")),
                instant(rs.getTimestamp("executed_at")), OrderState.valueOf(rs.getString("state")), copy,
                java.util.Arrays.stream((String[]) rs.getArray("territorial_scope").getArray()).map(String::strip).toList(),
                AnnexParties.read(rs.getString("annex_parties")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A removal_order row before its items are attached. */
    private record Row(RemovalOrderId id, String reference, OrderType type, UUID issuer, String issuerName,
            String issuingState, UUID provider, String providerName, long providerVersion, String host,
            boolean crossBorder, String language, Set<TerroristContentType> reasons, String statement,
            String representative, String post, String fileNumber, String redressBody, String redressDeadline,
            boolean nonDisclosure, java.time.LocalDate nonDisclosureUntil, boolean emergency, String justification,
            boolean europol, Duration limit, Duration warning, Instant issuedAt, Instant sentAt, Instant receivedAt,
            Instant acknowledgedAt, Instant clockStartedAt, Instant warnedAt, Instant overdueAt, Instant executedAt,
            OrderState state, ScrutinyCopy copy, List<String> scope, AnnexParties parties) {

        RemovalOrder toOrder(List<OrderItem> items, List<NonDisclosureExtension> extensions) {
            return new RemovalOrder(id, reference, type, issuer, issuerName, issuingState, provider, providerName,
                    providerVersion, host, crossBorder, language, reasons, statement, representative, post, fileNumber,
                    redressBody, redressDeadline, nonDisclosure, nonDisclosureUntil, emergency, justification, europol,
                    limit, warning, issuedAt, sentAt, receivedAt, acknowledgedAt, clockStartedAt, warnedAt, overdueAt,
                    executedAt, state, items, Optional.ofNullable(copy), scope, extensions, parties);
        }
    }
}
