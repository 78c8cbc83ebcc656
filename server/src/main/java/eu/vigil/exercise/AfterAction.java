package eu.vigil.exercise;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.vigil.shared.NotFound;

/**
 * The after-action report: what happened, derived from the audit records of the exercise database, against what
 * the MSEL expected ({@link Outcomes}), per participant the time from activation to acknowledgement, first hash and
 * first removal, the expectations met, late and missed, and the evaluators' observations.
 */
@Service
public class AfterAction {

    private static final Pattern ORGANISATION = Pattern.compile("\"organisation\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Exercises exercises;
    private final Observations observations;

    AfterAction(JdbcClient jdbc, Clock clock, Exercises exercises, Observations observations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.exercises = exercises;
        this.observations = observations;
    }

    /**
     * One participant's line of the report.
     *
     * @param participant   the participant
     * @param toAcknowledge activation → its acknowledgement, empty if it did not acknowledge
     * @param toFirstHash   activation → its first hash or URL shared
     * @param toRemoval     activation → its first removal
     * @param counts        how many of its expectations were met, late, missed, pending, not assessed
     */
    public record Line(Exercises.Participant participant, Optional<Duration> toAcknowledge,
            Optional<Duration> toFirstHash, Optional<Duration> toRemoval, Map<Outcomes.Status, Integer> counts) {

        /** The count of a status. */
        public int count(Outcomes.Status status) {
            return counts.getOrDefault(status, 0);
        }
    }

    /**
     * The report.
     *
     * @param run          the exercise
     * @param scenarioNow  scenario time now (or when it ended)
     * @param msel         the injects as run
     * @param observed     what the audit records show
     * @param outcomes     expected against actual
     * @param lines        per participant
     * @param observations the evaluators' observations
     */
    public record Report(Exercises.Run run, Duration scenarioNow, List<Exercises.InjectRow> msel,
            List<Outcomes.Observed> observed, List<Outcomes.Outcome> outcomes, List<Line> lines,
            List<Observations.Observation> observations) {

        /** Whether the exercise is over. */
        public boolean ended() {
            return run.endedAt() != null;
        }

        /** The outcomes of one participant. */
        public List<Outcomes.Outcome> of(String participant) {
            return outcomes.stream().filter(o -> o.participant().equals(participant)).toList();
        }

        /** The name of a participant's key. */
        public String name(String key) {
            return lines.stream().filter(l -> l.participant().key().equals(key)).findFirst()
                    .map(l -> l.participant().name()).orElse(key);
        }
    }

    /** The report as it stands now. */
    public Report report() {
        Exercises.Run run = exercises.run().orElseThrow(() -> new NotFound("this installation runs no exercise"));
        List<Exercises.Participant> participants = exercises.participants();
        List<Exercises.InjectRow> msel = exercises.msel();
        List<Outcomes.Observed> observed = observed(run, participants);
        Duration now = run.now(clock);
        List<Outcomes.Outcome> outcomes = Outcomes.compare(msel.stream().map(Exercises.InjectRow::run).toList(),
                observed, now, run.endedAt() != null);
        List<Line> lines = participants.stream().map(p -> {
            Map<Outcomes.Status, Integer> counts = new EnumMap<>(Outcomes.Status.class);
            outcomes.stream().filter(o -> o.participant().equals(p.key()))
                    .forEach(o -> counts.merge(o.status(), 1, Integer::sum));
            return new Line(p, Outcomes.timeTo(ExpectedAction.ACKNOWLEDGE, p.key(), observed),
                    Outcomes.timeTo(ExpectedAction.SHARE_HASH, p.key(), observed),
                    Outcomes.timeTo(ExpectedAction.REMOVE_ITEM, p.key(), observed), Map.copyOf(counts));
        }).toList();
        return new Report(run, now, msel, observed, outcomes, lines, observations.all());
    }

    /**
     * What the participants did, from the audit records since the start: the organisation that acted (the record's
     * organisation, or the {@code organisation} its clear details name), the action and its scenario time.
     */
    List<Outcomes.Observed> observed(Exercises.Run run, List<Exercises.Participant> participants) {
        Map<UUID, String> keys = new java.util.HashMap<>();
        participants.forEach(p -> keys.put(p.organisation(), p.key()));
        return jdbc.sql("""
                select occurred_at, organisation_id, action, details from audit_record
                where action = any(?) and occurred_at >= ? order by seq""")
                .params(ExpectedAction.allAuditActions().toArray(String[]::new),
                        Timestamp.from(run.time().start()))
                .query((rs, n) -> {
                    UUID org = rs.getObject(2, UUID.class);
                    Matcher named = ORGANISATION.matcher(rs.getString(4));
                    if (named.find() && keys.containsKey(UUID.fromString(named.group(1)))) {
                        org = UUID.fromString(named.group(1));
                    }
                    String key = org == null ? null : keys.get(org);
                    return key == null ? null : new Outcomes.Observed(key, rs.getString(3),
                            run.time().at(rs.getTimestamp(1).toInstant()));
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }
}
