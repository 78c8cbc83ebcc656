package eu.vigil.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.shared.NotFound;

/** Raises and reads notifications. */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Organisations organisations;

    Notifications(JdbcClient jdbc, Clock clock, Organisations organisations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.organisations = organisations;
    }

    /**
     * Notifies organisations (ids that are not organisations on this installation are skipped: an authority
     * in the register that does not use Vigil cannot be reached here). Runs in the caller's transaction.
     */
    @Transactional
    public void notify(Collection<UUID> recipients, String kind, String subjectType, String subjectId, String text) {
        notify(recipients, kind, subjectType, subjectId, null, text);
    }

    /** As {@link #notify(Collection, String, String, String, String)}, naming the record's {@code reference}. */
    @Transactional
    public void notify(Collection<UUID> recipients, String kind, String subjectType, String subjectId, String reference,
            String text) {
        Timestamp now = Timestamp.from(clock.instant());
        for (UUID recipient : new LinkedHashSet<>(recipients)) {
            if (recipient == null || organisations.find(new eu.vigil.identity.OrganisationId(recipient)).isEmpty()) {
                continue;
            }
            jdbc.sql("""
                    insert into notification (id, organisation_id, kind, subject_type, subject_id, reference, text,
                                              created_at)
                    values (?,?,?,?,?,?,?,?)""")
                    .params(UUID.randomUUID(), recipient, kind, subjectType, subjectId, reference, text, now).update();
        }
    }

    /** Ids of every Europol organisation on this installation. */
    public List<UUID> europol() {
        return organisations.all().stream().filter(o -> o.kind() == OrganisationKind.EUROPOL)
                .map(o -> o.id().value()).toList();
    }

    /** The actor's organisation's notifications, newest first. */
    public List<Notification> of(Actor actor, boolean unreadOnly) {
        return jdbc.sql("select * from notification where organisation_id = ?"
                        + (unreadOnly ? " and read_at is null" : "") + " order by created_at desc limit 200")
                .param(actor.organisationId().value())
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("reference"), rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant(),
                        rs.getString("read_by")))
                .list();
    }

    /** Marks one of the actor's organisation's notifications read. */
    @Transactional
    public void markRead(Actor actor, UUID id) {
        int n = jdbc.sql("""
                update notification set read_at = coalesce(read_at, ?), read_by = coalesce(read_by, ?)
                where id = ? and organisation_id = ?""")
                .params(Timestamp.from(clock.instant()), actor.auditor().label(), id, actor.organisationId().value())
                .update();
        if (n == 0) {
            throw new NotFound("notification " + id);
        }
    }
}
