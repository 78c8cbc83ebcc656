package eu.vigil.deconfliction;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.audit.Auditor;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.Violations;

/** Investigation flags and the check run before issuing. */
@Service
public class Deconfliction {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Deconfliction(JdbcClient jdbc, Clock clock, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** A hit: an item of a new order matches another organisation's flag. */
    public record Hit(UUID flagId, UUID organisationId, String organisationName, InvestigationFlag.Kind kind, String value) {
    }

    /** An authority or Europol flags a URL or hash as under investigation. */
    @Transactional
    public InvestigationFlag flag(Actor actor, InvestigationFlag.Kind kind, String value, String caseReference,
            Instant expiresAt) {
        if (actor.kind() != OrganisationKind.COMPETENT_AUTHORITY && actor.kind() != OrganisationKind.EUROPOL) {
            throw new Forbidden("competent authorities and Europol flag items under investigation");
        }
        new Violations()
                .check(kind == null, "kind", "URL or HASH")
                .check(value == null || value.isBlank(), "value", "the URL or hash")
                .check(kind == InvestigationFlag.Kind.HASH && value != null
                        && !value.strip().matches("(?i)[0-9a-f]{32}|[0-9a-f]{64}"), "value", "MD5, SHA-256 or PDQ hex")
                .check(caseReference == null || caseReference.isBlank(), "caseReference", "your case reference")
                .check(expiresAt != null && !expiresAt.isAfter(clock.instant()), "expiresAt", "must be in the future")
                .throwIfPresent();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into investigation_flag (id, organisation_id, kind, value, case_reference, flagged_at, flagged_by, expires_at)
                values (?,?,?,?,?,?,?,?)""")
                .params(id, actor.organisationId().value(), kind.name(), InvestigationFlag.canonical(kind, value),
                        caseReference.strip(), Timestamp.from(clock.instant()), actor.auditor().label(),
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        audit.append(actor.auditor(), new AuditEvent("deconfliction.flagged", "investigation_flag", id.toString(), null,
                null, Map.of("kind", kind.name())));
        return own(actor).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    /** The actor's organisation's active flags. */
    public List<InvestigationFlag> own(Actor actor) {
        return jdbc.sql("""
                select * from investigation_flag where organisation_id = ? and withdrawn_at is null order by flagged_at desc""")
                .param(actor.organisationId().value())
                .query((rs, n) -> new InvestigationFlag(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        InvestigationFlag.Kind.valueOf(rs.getString("kind")), rs.getString("value"),
                        rs.getString("case_reference"), rs.getTimestamp("flagged_at").toInstant(),
                        rs.getTimestamp("expires_at") == null ? null : rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    /** Withdraws one of the actor's organisation's flags. */
    @Transactional
    public void withdraw(Actor actor, UUID id) {
        int n = jdbc.sql("update investigation_flag set withdrawn_at = ? where id = ? and organisation_id = ? and withdrawn_at is null")
                .params(Timestamp.from(clock.instant()), id, actor.organisationId().value()).update();
        if (n == 0) {
            throw new NotFound("investigation flag " + id);
        }
        audit.append(actor.auditor(), new AuditEvent("deconfliction.withdrawn", "investigation_flag", id.toString(), null,
                null, Map.of()));
    }

    /**
     * Active flags of other organisations that match any of the URLs or hashes, in the order of the values given. Two
     * queries whatever the number of values (an action day checks thousands at once).
     */
    public List<Hit> check(UUID requester, List<String> urls, List<String> hashes) {
        List<Hit> hits = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (var entry : List.of(Map.entry(InvestigationFlag.Kind.URL, urls), Map.entry(InvestigationFlag.Kind.HASH, hashes))) {
            Map<String, List<String>> given = new java.util.LinkedHashMap<>();
            for (String v : entry.getValue()) {
                if (v != null && !v.isBlank()) {
                    given.computeIfAbsent(InvestigationFlag.canonical(entry.getKey(), v), k -> new ArrayList<>()).add(v.strip());
                }
            }
            if (given.isEmpty()) {
                continue;
            }
            Map<String, List<Hit>> byValue = new java.util.HashMap<>();
            jdbc.sql("""
                    select f.id, f.organisation_id, o.name, f.value from investigation_flag f join organisation o on o.id = f.organisation_id
                    where f.kind = ? and f.value = any(?) and f.withdrawn_at is null and f.organisation_id <> ?
                      and (f.expires_at is null or f.expires_at > ?) order by f.flagged_at""")
                    .params(entry.getKey().name(), given.keySet().toArray(String[]::new), requester, now)
                    .query((rs, n) -> byValue.computeIfAbsent(rs.getString(4), k -> new ArrayList<>()).add(new Hit(
                            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), entry.getKey(),
                            rs.getString(4))))
                    .list();
            for (var g : given.entrySet()) {
                for (String original : g.getValue().stream().distinct().toList()) {
                    for (Hit h : byValue.getOrDefault(g.getKey(), List.of())) {
                        hits.add(new Hit(h.flagId(), h.organisationId(), h.organisationName(), h.kind(), original));
                    }
                }
            }
        }
        return hits;
    }

    /**
     * Tells both parties of each hit (the notification of R11): a {@link DeconflictionHit} reaches the flag holder
     * and the requester as a notification and is audited as the requester's act; a second record in the flag
     * holder's own audit view keeps the hit in its trail.
     */
    @Transactional
    public void recordHits(Actor requester, List<Hit> hits, String outcome) {
        Instant now = clock.instant();
        for (Hit h : hits) {
            var hit = new DeconflictionHit(now, requester.auditor(), requester.organisationId().value(),
                    requester.organisationName(), h, outcome);
            events.publishEvent(hit);
            audit.append(new Auditor(null, "system: deconfliction", h.organisationId()), new AuditEvent(DeconflictionHit.TYPE,
                    "investigation_flag", h.flagId().toString(), null, null, hit.details()));
        }
    }
}
