package eu.vigil.transparency;

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
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;

/**
 * Reminds providers of their Art. 7 report for the previous year (R45): from 1 February (UTC) every provider that
 * took action or was required to act in that year ({@link ProviderReports#obliged(int)}) and has not marked the report
 * published gets {@link TransparencyReportReminder#DUE}; from 1 March, {@link TransparencyReportReminder#OVERDUE},
 * also to the role-(d) authorities of its host Member State. A row in {@code provider_transparency_reminder},
 * written in the transaction of the event, makes each kind go once per provider and year. Runs every few seconds and at
 * start-up, like {@code NonDisclosureEndReminders}, under a transaction-scoped advisory lock.
 */
@Component
public class TransparencyReportReminders {

    private static final Logger log = LoggerFactory.getLogger(TransparencyReportReminders.class);
    private static final long LOCK = 0x5649_4749_4c07L; // "VIGIL" + 7 (Art. 7)

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProviderReports figures;
    private final HostingServiceProviders providers;
    private final CompetentAuthorities authorities;

    TransparencyReportReminders(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, ProviderReports figures,
            HostingServiceProviders providers, CompetentAuthorities authorities) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.figures = figures;
        this.providers = providers;
        this.authorities = authorities;
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
            log.error("transparency report reminders failed; they will run again", e);
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
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int year = today.getYear() - 1;
        if (year < AuthorityReports.FIRST_YEAR || today.isBefore(LocalDate.of(today.getYear(), 2, 1))) {
            return 0;
        }
        boolean overdue = !today.isBefore(TransparencyReport.dueBy(year));
        String kind = overdue ? "OVERDUE" : "DUE";
        List<UUID> unpublished = jdbc.sql("""
                select p.id from hosting_service_provider p where p.id in (:obliged)
                  and not exists (select 1 from provider_transparency_report r where r.provider_id = p.id
                                  and r.year = :year and r.state = 'PUBLISHED')
                  and not exists (select 1 from provider_transparency_reminder m where m.provider_id = p.id
                                  and m.year = :year and m.kind = :kind)""")
                .param("obliged", withSentinel(figures.obliged(year))).param("year", year).param("kind", kind)
                .query(UUID.class).list();
        Auditor system = Auditor.system("transparency report reminder");
        int sent = 0;
        for (UUID provider : unpublished) {
            int inserted = jdbc.sql("""
                    insert into provider_transparency_reminder (provider_id, year, kind, sent_at) values (?,?,?,?)
                    on conflict do nothing""").params(provider, year, kind, Timestamp.from(now)).update();
            if (inserted == 1) {
                HostingServiceProvider hsp = providers.current(new ProviderId(provider)).orElse(null);
                String name = hsp == null ? provider.toString() : hsp.name();
                List<UUID> told = overdue && hsp != null ? penaltyAuthorities(hsp, now) : List.of();
                events.publishEvent(new TransparencyReportReminder(overdue ? TransparencyReportReminder.OVERDUE
                        : TransparencyReportReminder.DUE, now, system, provider, name, year, told));
                sent++;
            }
        }
        return sent;
    }

    /** The authorities of the provider's host Member State designated to impose penalties (Art. 12(1)(d), 18). */
    private List<UUID> penaltyAuthorities(HostingServiceProvider hsp, Instant now) {
        return hsp.hostMemberState().map(ms -> authorities.asOf(now).stream()
                        .filter(a -> a.memberState().equals(ms) && a.holds(AuthorityRole.PENALTIES))
                        .map(a -> a.id().value()).toList())
                .orElse(List.of());
    }

    /** An {@code in} list is never empty in SQL: a UUID no provider has stands for none. */
    private static List<UUID> withSentinel(List<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }
}
