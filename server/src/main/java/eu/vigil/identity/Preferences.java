package eu.vigil.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.shared.Forbidden;
import eu.vigil.shared.MemberStateZones;
import eu.vigil.shared.Violations;

/**
 * Each person's language and time zone for the pages (issue 12): chosen by the person alone, remembered across
 * sessions. Without a choice the language follows the browser and the time zone is the one of the organisation's
 * Member State ({@link #zoneFor}).
 */
@Service
public class Preferences {

    /** The languages the pages are complete in. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "de");

    private final JdbcClient jdbc;
    private final Clock clock;

    Preferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the person chose; {@link Preference#NONE} when nothing. */
    public Preference of(UserId user) {
        return jdbc.sql("select language, time_zone from user_preference where user_id = ?").param(user.value())
                .query((rs, n) -> new Preference(rs.getString("language"),
                        rs.getString("time_zone") == null ? null : ZoneId.of(rs.getString("time_zone"))))
                .optional().orElse(Preference.NONE);
    }

    /**
     * The zone a person reads times in: the one they chose, else their organisation's Member State's; empty for a
     * person of an organisation without a Member State who chose none (the browser's zone then applies).
     */
    public static Optional<ZoneId> zoneFor(Preference preference, String memberState) {
        return Optional.ofNullable(preference.zone()).or(() -> MemberStateZones.of(memberState));
    }

    /**
     * Changes the actor's own preferences: {@code language} and {@code zone} each unchanged when null, back to
     * "not chosen" when blank. Nobody changes another person's preferences.
     *
     * @param user whose preferences; must be the actor
     * @throws Forbidden                       when {@code user} is not the actor
     * @throws eu.vigil.shared.InvalidInput    for a language or zone not offered ({@code language}, {@code timeZone})
     */
    @Transactional
    public Preference change(Actor actor, UserId user, String language, String zone) {
        if (actor.credential() != Credential.PASSWORD || !actor.id().equals(user.value())) {
            throw new Forbidden("only the person themselves changes their language and time zone");
        }
        String lang = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
        ZoneId chosen = parse(zone);
        new Violations()
                .check(lang != null && !lang.isEmpty() && !LANGUAGES.contains(lang), "language",
                        "choose English, French or German")
                .check(zone != null && !zone.isBlank() && (chosen == null || !MemberStateZones.isOffered(chosen)),
                        "timeZone", "choose a time zone from the list")
                .throwIfPresent();
        Preference before = of(user);
        Preference after = new Preference(lang == null ? before.language() : lang.isEmpty() ? null : lang,
                zone == null ? before.zone() : zone.isBlank() ? null : chosen);
        UUID id = user.value();
        jdbc.sql("""
                insert into user_preference (user_id, language, time_zone, updated_at) values (?,?,?,?)
                on conflict (user_id) do update set language = excluded.language, time_zone = excluded.time_zone,
                    updated_at = excluded.updated_at""")
                .params(id, after.language(), after.zone() == null ? null : after.zone().getId(),
                        Timestamp.from(clock.instant()))
                .update();
        return after;
    }

    private static ZoneId parse(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
