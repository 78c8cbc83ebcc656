package eu.vigil.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Role;
import eu.vigil.registry.MemberState;
import eu.vigil.registry.ReferenceData;
import eu.vigil.removalorder.OrderItem;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.RemovalOrders;
import eu.vigil.shared.CanonicalJson;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.RuleViolation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider's statements of reasons for the items it removed or disabled under orders or restricted after a DSA
 * notice: drafted from the order or the notice decision and the provider's additions, screened for personal data (anything found holds the statement until a person has
 * reviewed it, R33), and exported in batches of at most 100 for the Transparency Database. Statements of an order
 * whose non-disclosure (TCO Art. 11(3)) still runs are withheld from exports, since the database is public.
 */
@Service
public class StatementsOfReasons {

    /** Largest batch the database's {@code POST /api/v1/statements} takes. */
    public static final int BATCH_LIMIT = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final RemovalOrders orders;
    private final ReferenceData reference;

    private final TransparencyDatabaseSubmissions submissions;

    StatementsOfReasons(JdbcClient jdbc, Clock clock, AuditLog audit, RemovalOrders orders, ReferenceData reference,
            TransparencyDatabaseSubmissions submissions) {
        this.submissions = submissions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.orders = orders;
        this.reference = reference;
    }

    /**
     * Drafts a statement for every item of the order that the provider removed or disabled and that has none yet.
     */
    @Transactional
    public List<StatementOfReasons> draft(Actor actor, RemovalOrderId orderId, StatementDraft draft) {
        requireProviderStaff(actor);
        RemovalOrder order = orders.get(actor, orderId);
        java.util.Set<Integer> stated = java.util.Set.copyOf(jdbc.sql(
                "select position from statement_of_reasons where order_id = ?").param(order.id().value())
                .query(Integer.class).list());
        List<OrderItem> open = order.items().stream()
                .filter(i -> i.status() != OrderItem.ItemStatus.PENDING && i.actionAt() != null)
                .filter(i -> !stated.contains(i.position()))
                .toList();
        if (open.isEmpty()) {
            StatementPayload.category(order.type());
            throw new RuleViolation("NOTHING_TO_STATE", order.items().stream().allMatch(i -> i.status() == OrderItem.ItemStatus.PENDING)
                    ? "No item of this order has been removed or disabled yet: record the action (Annex II) first."
                    : "Every removed or disabled item of this order already has a statement of reasons.");
        }
        List<String> allStates = reference.euMemberStates().stream().map(MemberState::code).toList();
        Instant now = clock.instant();
        List<StatementOfReasons> drafted = new ArrayList<>();
        for (OrderItem item : open) {
            Map<String, Object> payload = StatementPayload.of(order, item, draft, allStates);
            List<PersonalDataFinding> findings = PersonalDataCheck.check(payload);
            StatementState state = findings.isEmpty() ? StatementState.READY : StatementState.HELD_FOR_REVIEW;
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into statement_of_reasons (id, provider_id, order_id, position, puid, payload, state, findings,
                        drafted_at, drafted_by) values (?,?,?,?,?,?,?,?,?,?)""")
                    .params(id, actor.organisationId().value(), order.id().value(), item.position(), payload.get("puid"),
                            CanonicalJson.write(payload), state.name(), CanonicalJson.write(findings), Timestamp.from(now),
                            actor.auditor().label())
                    .update();
            StatementOfReasons statement = find(id).orElseThrow();
            audit.append(actor.auditor(), new AuditEvent(state == StatementState.READY ? "statement_of_reasons.drafted"
                    : "statement_of_reasons.held", "statement_of_reasons", id.toString(), null, statement,
                    details(statement)));
            drafted.add(statement);
        }
        return drafted;
    }

    /**
     * Drafts a statement for every restricted item of a decision on a notice that has none yet, in the caller's
     * transaction; {@code source_type} follows the notice's origin ({@code SOURCE_TRUSTED_FLAGGER} or
     * {@code SOURCE_ARTICLE_16}). The notices module calls this when the provider decides.
     *
     * @throws eu.vigil.shared.InvalidInput naming {@code contentTypes}, {@code contentDate}, … when the provider's
     *                                      additions are missing or wrong
     */
    @Transactional
    public List<StatementOfReasons> draftForNotice(Actor actor, NoticeStatement notice) {
        requireProviderStaff(actor);
        java.util.Set<Integer> stated = java.util.Set.copyOf(jdbc.sql(
                "select position from statement_of_reasons where notice_id = ?").param(notice.noticeId())
                .query(Integer.class).list());
        List<String> allStates = reference.euMemberStates().stream().map(MemberState::code).toList();
        Instant now = clock.instant();
        List<StatementOfReasons> drafted = new ArrayList<>();
        for (NoticeStatement.Item item : notice.items()) {
            if (stated.contains(item.position())) {
                continue;
            }
            Map<String, Object> payload = NoticeStatementPayload.of(notice, item, allStates);
            List<PersonalDataFinding> findings = PersonalDataCheck.check(payload);
            StatementState state = findings.isEmpty() ? StatementState.READY : StatementState.HELD_FOR_REVIEW;
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into statement_of_reasons (id, provider_id, notice_id, position, puid, payload, state, findings,
                        drafted_at, drafted_by) values (?,?,?,?,?,?,?,?,?,?)""")
                    .params(id, actor.organisationId().value(), notice.noticeId(), item.position(), payload.get("puid"),
                            CanonicalJson.write(payload), state.name(), CanonicalJson.write(findings), Timestamp.from(now),
                            actor.auditor().label())
                    .update();
            StatementOfReasons statement = find(id).orElseThrow();
            audit.append(actor.auditor(), new AuditEvent(state == StatementState.READY ? "statement_of_reasons.drafted"
                    : "statement_of_reasons.held", "statement_of_reasons", id.toString(), null, statement,
                    details(statement)));
            drafted.add(statement);
        }
        return drafted;
    }

    /** The statements drafted from a notice's decision, by position. */
    public List<StatementOfReasons> ofNotice(Actor actor, UUID noticeId) {
        requireProvider(actor);
        return jdbc.sql("select * from statement_of_reasons where notice_id = ? and provider_id = ? order by position")
                .params(noticeId, actor.organisationId().value()).query(this::map).list();
    }

    /**
     * A person reviews a statement: optionally replaces the free texts the check looks at, and either the new text
     * is clean, or the reviewer confirms with a note that what was found is not personal data. Otherwise the
     * statement stays held.
     */
    @Transactional
    public StatementOfReasons review(Actor actor, StatementId id, StatementReview review) {
        requireProviderStaff(actor);
        StatementOfReasons before = get(actor, id);
        if (before.state() == StatementState.EXPORTED) {
            throw new RuleViolation("ALREADY_EXPORTED", "This statement went out in export " + before.exportId()
                    + "; correct it in the Transparency Database itself.");
        }
        if (submissions.find(id.value()).filter(sub -> sub.state() == SubmissionState.SUBMITTED).isPresent()) {
            throw new RuleViolation("ALREADY_SUBMITTED", "The Transparency Database stores this statement already;"
                    + " correct it in the database itself.");
        }
        Map<String, Object> payload = new LinkedHashMap<>(before.payload());
        if (review.decisionFacts() != null && !review.decisionFacts().isBlank()) {
            payload.put("decision_facts", review.decisionFacts().strip());
        }
        if (review.illegalContentExplanation() != null && !review.illegalContentExplanation().isBlank()) {
            payload.put("illegal_content_explanation", review.illegalContentExplanation().strip());
        }
        TransparencyDatabaseSchema.validate(payload);
        List<PersonalDataFinding> findings = PersonalDataCheck.check(payload);
        boolean confirmed = review.confirmNoPersonalData() && review.note() != null && !review.note().isBlank();
        if (review.confirmNoPersonalData() && !confirmed) {
            throw new eu.vigil.shared.InvalidInput(List.of(new eu.vigil.shared.InvalidInput.FieldError("note",
                    "say why what the check found is not personal data")));
        }
        StatementState state = findings.isEmpty() || confirmed ? StatementState.READY : StatementState.HELD_FOR_REVIEW;
        jdbc.sql("""
                update statement_of_reasons set payload = ?, findings = ?, state = ?, reviewed_at = ?, reviewed_by = ?,
                    review_note = ? where id = ?""")
                .params(CanonicalJson.write(payload), CanonicalJson.write(findings), state.name(),
                        Timestamp.from(clock.instant()), actor.auditor().label(),
                        review.note() == null || review.note().isBlank() ? null : review.note().strip(), id.value())
                .update();
        StatementOfReasons after = find(id.value()).orElseThrow();
        if (after.state() == StatementState.READY) {
            submissions.requeue(id.value(), clock.instant());
        }
        audit.append(actor.auditor(), new AuditEvent("statement_of_reasons.reviewed", "statement_of_reasons", id.toString(),
                before, after, details(after)));
        return after;
    }

    /**
     * Takes up to {@value #BATCH_LIMIT} ready statements, oldest first, into one export batch; statements whose
     * order is still under non-disclosure stay behind, and so do those queued for submission by the
     * {@link TransparencyDatabaseSender}.
     */
    @Transactional
    public StatementExport export(Actor actor) {
        requireProviderStaff(actor);
        UUID provider = actor.organisationId().value();
        List<UUID> ready = jdbc.sql("""
                select s.id from statement_of_reasons s where s.provider_id = ? and s.state = ?
                  and not exists (select 1 from tdb_submission t where t.statement_id = s.id)
                order by s.drafted_at, s.puid for update of s""").params(provider, StatementState.READY.name())
                .query(UUID.class).list();
        Map<UUID, Optional<LocalDate>> withheld = new HashMap<>();
        List<StatementOfReasons> batch = new ArrayList<>();
        for (UUID r : ready) {
            StatementOfReasons s = find(r).orElseThrow();
            if (s.orderId() == null || withheld.computeIfAbsent(s.orderId(), this::withheldUntil).isEmpty()) {
                if (!s.findings().isEmpty() && s.reviewedBy() == null) {
                    throw new IllegalStateException("statement " + s.id() + " is ready with unreviewed findings");
                }
                batch.add(s);
                if (batch.size() == BATCH_LIMIT) {
                    break;
                }
            }
        }
        if (batch.isEmpty()) {
            throw new RuleViolation("NOTHING_TO_EXPORT", ready.isEmpty()
                    ? "No statement is ready: statements held for review must be reviewed first."
                    : "Every ready statement belongs to an order whose non-disclosure (TCO Art. 11(3)) still runs.");
        }
        UUID id = UUID.randomUUID();
        String body = CanonicalJson.write(Map.of("statements", batch.stream().map(StatementOfReasons::payload).toList()));
        Instant now = clock.instant();
        jdbc.sql("insert into statement_export (id, provider_id, created_at, created_by, statement_count, body) values (?,?,?,?,?,?)")
                .params(id, provider, Timestamp.from(now), actor.auditor().label(), batch.size(), body).update();
        for (StatementOfReasons s : batch) {
            jdbc.sql("update statement_of_reasons set state = ?, export_id = ? where id = ?")
                    .params(StatementState.EXPORTED.name(), id, s.id().value()).update();
        }
        StatementExport export = findExport(provider, id).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("statement_export.created", "statement_export", id.toString(), null,
                Map.of("count", batch.size(), "bodyDigest", AuditLog.digestOf(body)),
                Map.of("count", batch.size(), "puids", batch.stream().map(StatementOfReasons::puid).toList())));
        return export;
    }

    /** The provider's statements, newest first, optionally in one state. */
    public List<StatementOfReasons> list(Actor actor, Optional<StatementState> state) {
        requireProvider(actor);
        return jdbc.sql("select * from statement_of_reasons where provider_id = :p and (cast(:s as text) is null or state = :s)"
                + " order by drafted_at desc, puid limit 500")
                .param("p", actor.organisationId().value()).param("s", state.map(Enum::name).orElse(null))
                .query(this::map).list();
    }

    /** One statement of the actor's organisation. */
    public StatementOfReasons get(Actor actor, StatementId id) {
        requireProvider(actor);
        return find(id.value()).filter(s -> s.providerId().equals(actor.organisationId().value()))
                .orElseThrow(() -> new NotFound("statement of reasons " + id));
    }

    /** The day until which an order's non-disclosure keeps its statements out of exports, if it still runs. */
    public Optional<LocalDate> withheldUntil(UUID orderId) {
        RemovalOrder order = orders.find(new RemovalOrderId(orderId)).orElseThrow();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        if (!order.nonDisclosure() || (order.nonDisclosureEndsOn() != null && today.isAfter(order.nonDisclosureEndsOn()))) {
            return Optional.empty();
        }
        return Optional.of(order.nonDisclosureEndsOn() == null ? LocalDate.MAX : order.nonDisclosureEndsOn());
    }

    /** The provider's export batches, newest first. */
    public List<StatementExport> exports(Actor actor) {
        requireProvider(actor);
        return jdbc.sql("select * from statement_export where provider_id = ? order by created_at desc limit 200")
                .param(actor.organisationId().value()).query(StatementsOfReasons::mapExport).list();
    }

    /** One export batch of the actor's organisation. */
    public StatementExport export(Actor actor, UUID id) {
        requireProvider(actor);
        return findExport(actor.organisationId().value(), id).orElseThrow(() -> new NotFound("statement export " + id));
    }

    private Optional<StatementExport> findExport(UUID provider, UUID id) {
        return jdbc.sql("select * from statement_export where id = ? and provider_id = ?").params(id, provider)
                .query(StatementsOfReasons::mapExport).optional();
    }

    private static void requireProvider(Actor actor) {
        if (actor.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            throw new Forbidden("statements of reasons are kept by hosting service providers");
        }
    }

    private static void requireProviderStaff(Actor actor) {
        requireProvider(actor);
        if (!actor.has(Role.OPERATOR)) {
            throw new Forbidden("operators of the provider prepare statements of reasons");
        }
    }

    private static Map<String, Object> details(StatementOfReasons s) {
        Map<PersonalDataFinding.Kind, Integer> kinds = new EnumMap<>(PersonalDataFinding.Kind.class);
        s.findings().forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
        return Map.of("puid", s.puid(), "state", s.state().name(), "findings", kinds);
    }

    private Optional<StatementOfReasons> find(UUID id) {
        return jdbc.sql("select * from statement_of_reasons where id = ?").param(id).query(this::map).optional();
    }

    private StatementOfReasons map(ResultSet rs, int n) throws SQLException {
        Map<String, Object> payload = JSON.readValue(rs.getString("payload"), new TypeReference<LinkedHashMap<String, Object>>() { });
        List<PersonalDataFinding> findings = JSON.readValue(rs.getString("findings"), new TypeReference<List<PersonalDataFinding>>() { });
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new StatementOfReasons(new StatementId(rs.getObject("id", UUID.class)), rs.getObject("provider_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getObject("notice_id", UUID.class), rs.getInt("position"), rs.getString("puid"), payload,
                StatementState.valueOf(rs.getString("state")), findings, rs.getTimestamp("drafted_at").toInstant(),
                rs.getString("drafted_by"), reviewed == null ? null : reviewed.toInstant(), rs.getString("reviewed_by"),
                rs.getString("review_note"), rs.getObject("export_id", UUID.class));
    }

    private static StatementExport mapExport(ResultSet rs, int n) throws SQLException {
        return new StatementExport(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getInt("statement_count"), rs.getString("body"));
    }
}
