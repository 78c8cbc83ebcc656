package eu.vigil.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.audit.Auditor;
import eu.vigil.shared.InvalidInput;

/** The organisations that use this installation. */
@Service
public class Organisations {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Organisations(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers an organisation with a given id (the registry id for authorities and providers). */
    @Transactional
    public Organisation register(Auditor who, OrganisationId id, OrganisationKind kind, String name, String memberState) {
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("name", "must not be blank");
        }
        eu.vigil.shared.PlainText.requireName("name", name);
        Organisation org = new Organisation(id, kind, name.strip(), memberState, clock.instant());
        jdbc.sql("insert into organisation (id, kind, name, member_state, created_at) values (?,?,?,?,?)")
                .params(id.value(), kind.name(), org.name(), memberState, Timestamp.from(org.createdAt())).update();
        audit.append(who, new AuditEvent("organisation.registered", "organisation", id.toString(), null, org,
                Map.of("kind", kind.name(), "name", org.name())));
        return org;
    }

    /** Renames an organisation, e.g. when its registry entry is amended. */
    @Transactional
    public void rename(Auditor who, OrganisationId id, String name) {
        Organisation before = find(id).orElseThrow();
        eu.vigil.shared.PlainText.requireName("name", name);
        if (before.name().equals(name)) {
            return;
        }
        jdbc.sql("update organisation set name = ? where id = ?").params(name, id.value()).update();
        audit.append(who, new AuditEvent("organisation.renamed", "organisation", id.toString(), before,
                find(id).orElseThrow(), Map.of("name", name)));
    }

    public Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql("select * from organisation where id = ?").param(id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    public List<Organisation> all() {
        return jdbc.sql("select * from organisation order by kind, name").query((rs, n) -> map(rs)).list();
    }

    private static Organisation map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("member_state"),
                rs.getTimestamp("created_at").toInstant());
    }
}
