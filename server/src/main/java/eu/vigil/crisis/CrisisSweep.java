package eu.vigil.crisis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.Auditor;

/**
 * Reminds Europol's coordinator when an active crisis has had no situation report within the interval (R40), once
 * per missed interval, and flags a closed crisis whose post-crisis review is overdue (R41), once. Runs every few
 * seconds; a PostgreSQL transaction-scoped advisory lock lets one server instance sweep at a time.
 */
@Component
public class CrisisSweep {

    private static final Logger log = LoggerFactory.getLogger(CrisisSweep.class);
    private static final long LOCK = 0x5649_4749_4c0cL; // "VIGIL" + crisis

    /** What one sweep raised. */
    public record Result(int reminders, int reviewsFlagged, boolean ran) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CrisisParticipants participants;
    private final CrisisSettings settings;
    private final ApplicationEventPublisher events;

    CrisisSweep(JdbcClient jdbc, Clock clock, CrisisParticipants participants, CrisisSettings settings,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.participants = participants;
        this.settings = settings;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${vigil.sweep.interval:PT5S}", initialDelayString = "${vigil.sweep.interval:PT5S}")
    void scheduled() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.error("crisis sweep failed; it will run again", e);
        }
    }

    /** Runs one sweep now. */
    @Transactional
    public Result sweep() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
            return new Result(0, 0, false);
        }
        Instant now = clock.instant();
        Auditor system = Auditor.system("crisis sweep");
        String[] watched = {CrisisPhase.ACTIVE.name(), CrisisPhase.CLOSED.name()};
        List<CrisisCase> cases = jdbc.sql(Crises.SELECT + " where phase = any(?) and review_flagged_at is null")
                .param(watched).query((rs, n) -> CrisisRows.crisis(rs)).list();
        int reminders = 0;
        int flagged = 0;
        for (CrisisCase c : cases) {
            if (c.remindAt(now, settings.sitrepInterval())) {
                jdbc.sql("update crisis_case set last_reminder_at = ? where id = ?").params(Timestamp.from(now),
                        c.id().value()).update();
                Instant due = c.reportDueAt(settings.sitrepInterval()).orElse(now);
                events.publishEvent(new CrisisEvent(CrisisEvent.REPORT_OVERDUE, c, now, system, participants.europol(),
                        "No situation report on crisis " + c.reference() + " since " + due.minus(
                                settings.sitrepInterval().every()) + ": post one or ask a participant for one (R40).",
                        Map.of("dueAt", due.toString())));
                reminders++;
            }
            if (c.reviewFlaggedAt(now, settings.reviewPeriod())) {
                jdbc.sql("update crisis_case set review_flagged_at = ? where id = ?").params(Timestamp.from(now),
                        c.id().value()).update();
                events.publishEvent(new CrisisEvent(CrisisEvent.REVIEW_OVERDUE, c, now, system, participants.europol(),
                        "The post-crisis review of " + c.reference() + " is overdue (R41).",
                        Map.of("dueAt", settings.reviewPeriod().dueAt(c.closedAt()).toString())));
                flagged++;
            }
        }
        return new Result(reminders, flagged, true);
    }
}
