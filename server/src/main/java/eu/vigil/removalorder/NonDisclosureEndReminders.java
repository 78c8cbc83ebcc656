package eu.vigil.removalorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.Auditor;

/**
 * Reminds the provider, once per order, that non-disclosure (Art. 11(3)) has ended: when the effective end date
 * ({@link RemovalOrder#nonDisclosureEndsOn()}, inclusive, UTC, see {@link NonDisclosurePeriod}) has passed, a
 * {@link NonDisclosureEnded} event is published and a row in {@code non_disclosure_end_reminder} is written in the same
 * transaction, so later sweeps and restarts never send it again. Runs every few seconds and at start-up, like
 * {@link DeadlineSweep}, under its own transaction-scoped advisory lock, skipping orders another transaction holds.
 */
@Component
public class NonDisclosureEndReminders {

    private static final Logger log = LoggerFactory.getLogger(NonDisclosureEndReminders.class);
    private static final long LOCK = 0x5649_4749_4c0bL; // "VIGIL" + 11 (Art. 11)

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NonDisclosureEndReminders(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        remind();
    }

    @Scheduled(fixedDelayString = "${vigil.sweep.interval:PT5S}", initialDelayString = "${vigil.sweep.interval:PT5S}")
    void scheduled() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.error("non-disclosure end reminders failed; they will run again", e);
        }
    }

    /** Sends the reminders now due; returns how many, or -1 when another instance holds the lock. */
    @Transactional
    public int remind() {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
        if (!locked) {
            return -1;
        }
        Instant now = clock.instant();
        // the last day of non-disclosure still in force today (UTC); an order whose end date is before it has ended
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        record Due(UUID id, String reference, UUID providerId, LocalDate endsOn) {
        }
        List<Due> due = jdbc.sql("""
                select o.id, o.reference, o.provider_id,
                       coalesce((select e.until from non_disclosure_extension e where e.order_id = o.id
                                 order by e.number desc limit 1), o.non_disclosure_until) as ends_on
                from removal_order o
                where o.non_disclosure and o.non_disclosure_until is not null
                  and not exists (select 1 from non_disclosure_end_reminder r where r.order_id = o.id)
                  and coalesce((select e.until from non_disclosure_extension e where e.order_id = o.id
                                order by e.number desc limit 1), o.non_disclosure_until) < ?
                for update of o skip locked""")
                .param(java.sql.Date.valueOf(today))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getDate(4).toLocalDate()))
                .list();
        int sent = 0;
        Auditor system = Auditor.system("non-disclosure end reminder");
        for (Due d : due) {
            NonDisclosurePeriod period = new NonDisclosurePeriod(d.endsOn());
            if (period.inForceAt(now) || !d.endsOn().isBefore(today)) {
                continue;
            }
            int inserted = jdbc.sql("""
                    insert into non_disclosure_end_reminder (order_id, ended_on, reminded_at) values (?,?,?)
                    on conflict (order_id) do nothing""")
                    .params(d.id(), java.sql.Date.valueOf(d.endsOn()), Timestamp.from(now)).update();
            if (inserted == 1) {
                events.publishEvent(new NonDisclosureEnded(now, system, new RemovalOrderId(d.id()), d.reference(),
                        d.providerId(), d.endsOn(), period.endsAt()));
                sent++;
            }
        }
        return sent;
    }
}
