package eu.vigil.crisis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.vigil.audit.AuditRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of a post-crisis review (R41), computed only from the crisis's audit trail (records with subject
 * {@code crisis_case} and the crisis's id, oldest first), so they show what was recorded, not what anyone remembers.
 * A figure without data is empty ("no hash shared"), never zero. Durations are counted from the first activation;
 * situation report gaps only while the crisis was active (each re-escalation starts the count again, as the
 * reminder does, R40). Pure: no clock, no database.
 *
 * @param toActivation      from the alert to the first activation
 * @param toFirstShare      from the first activation to the first items shared on the crisis hash list
 * @param firstRemovals     per provider, from the first activation to its first removal, fastest first
 * @param removals          items shared (not withdrawn) and how many were removed within one hour of being shared
 * @param reports           situation report instants, oldest first
 * @param gaps              the stretches without a report while active (from the activation or a report to the next
 *                          report or the end of the active period)
 * @param interval          the expected rhythm of reports
 * @param acknowledgements  per participant, from the first activation to its acknowledgement (empty: none)
 * @param activatedAt       the first activation, if there was one
 */
public record CrisisReview(Optional<Duration> toActivation, Optional<Duration> toFirstShare,
        List<ProviderRemoval> firstRemovals, Optional<Removals> removals, List<Instant> reports, List<Gap> gaps,
        SitrepInterval interval, List<Acknowledgement> acknowledgements, Optional<Instant> activatedAt) {

    /** The one-hour rule the removals are measured against. */
    public static final Duration ONE_HOUR = Duration.ofHours(1);

    /** A provider's first removal of an item of the crisis. */
    public record ProviderRemoval(String organisation, Instant at, Duration afterActivation) {
    }

    /** Items shared and how many of them were removed within {@link #ONE_HOUR} of being shared. */
    public record Removals(int shared, int removed, int removedWithinHour) {

        /** The share removed within the hour, 0–1. */
        public double withinHour() {
            return (double) removedWithinHour / shared;
        }
    }

    /** A stretch of active time without a situation report. */
    public record Gap(Instant from, Instant to) {

        /** How long it lasted. */
        public Duration length() {
            return Duration.between(from, to);
        }
    }

    /** A participant and how long after the activation it acknowledged, if it did. */
    public record Acknowledgement(UUID organisation, Optional<Instant> at, Optional<Duration> afterActivation) {
    }

    /** Event types of the crisis hash list (raised by the items feature with these names and facts). */
    static final String ITEMS_SHARED = "crisis.items_shared";
    static final String ITEM_REMOVED = "crisis.item_removed";
    static final String ITEM_WITHDRAWN = "crisis.item_withdrawn";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public CrisisReview {
        firstRemovals = List.copyOf(firstRemovals);
        reports = List.copyOf(reports);
        gaps = List.copyOf(gaps);
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** The longest gap between reports while active. */
    public Optional<Gap> longestGap() {
        return gaps.stream().max(Comparator.comparing(Gap::length));
    }

    /** The gaps longer than the interval: reports were overdue then. */
    public List<Gap> gapsOverInterval() {
        return gaps.stream().filter(g -> g.length().compareTo(interval.every()) > 0).toList();
    }

    /**
     * The figures from a crisis's audit trail.
     *
     * @param trail        the crisis's audit records, in any order
     * @param participants the organisations expected to acknowledge
     * @param end          the end of the last active period if the crisis is still active (the reader's now)
     */
    public static CrisisReview of(List<AuditRecord> trail, Collection<UUID> participants, SitrepInterval interval,
            Instant end) {
        List<AuditRecord> records = trail.stream().sorted(Comparator.comparingLong(AuditRecord::seq)).toList();
        Optional<Instant> alert = first(records, CrisisEvent.ALERT_RAISED);
        Optional<Instant> activated = first(records, CrisisEvent.of(CrisisStep.ACTIVATE));
        Optional<Duration> toActivation = alert.flatMap(a -> activated.map(v -> Duration.between(a, v)));
        Optional<Duration> toFirstShare = activated.flatMap(v -> records.stream()
                .filter(r -> r.action().equals(ITEMS_SHARED) && !r.occurredAt().isBefore(v)).findFirst()
                .map(r -> Duration.between(v, r.occurredAt())));
        return new CrisisReview(toActivation, toFirstShare, firstRemovals(records, activated), removals(records),
                records.stream().filter(r -> r.action().equals(CrisisEvent.SITUATION_REPORT))
                        .map(AuditRecord::occurredAt).toList(),
                gaps(records, end), interval, acknowledgements(records, participants, activated), activated);
    }

    private static List<ProviderRemoval> firstRemovals(List<AuditRecord> records, Optional<Instant> activated) {
        if (activated.isEmpty()) {
            return List.of();
        }
        Map<String, Instant> first = new LinkedHashMap<>();
        for (AuditRecord r : records) {
            if (r.action().equals(ITEM_REMOVED)) {
                first.putIfAbsent(organisation(r), r.occurredAt());
            }
        }
        return first.entrySet().stream()
                .map(e -> new ProviderRemoval(e.getKey(), e.getValue(), Duration.between(activated.get(), e.getValue())))
                .sorted(Comparator.comparing(ProviderRemoval::afterActivation)).toList();
    }

    private static Optional<Removals> removals(List<AuditRecord> records) {
        Map<Long, Instant> sharedAt = new LinkedHashMap<>();
        Map<Long, Instant> removedAt = new HashMap<>();
        Set<Long> withdrawn = new HashSet<>();
        for (AuditRecord r : records) {
            JsonNode facts = facts(r);
            switch (r.action()) {
                case ITEMS_SHARED -> {
                    Instant from = text(facts, "firstEntryAt").map(Instant::parse).orElse(r.occurredAt());
                    JsonNode ids = facts == null ? null : facts.get("entryIds");
                    if (ids != null && ids.isArray()) {
                        ids.forEach(id -> sharedAt.putIfAbsent(id.asLong(), from));
                    }
                }
                case ITEM_REMOVED -> entryId(facts).ifPresent(id -> removedAt.putIfAbsent(id, r.occurredAt()));
                case ITEM_WITHDRAWN -> entryId(facts).ifPresent(withdrawn::add);
                default -> {
                }
            }
        }
        withdrawn.stream().filter(id -> !removedAt.containsKey(id)).forEach(sharedAt::remove);
        if (sharedAt.isEmpty()) {
            return Optional.empty();
        }
        int removed = 0;
        int within = 0;
        for (var e : sharedAt.entrySet()) {
            Instant at = removedAt.get(e.getKey());
            if (at != null) {
                removed++;
                within += Duration.between(e.getValue(), at).compareTo(ONE_HOUR) <= 0 ? 1 : 0;
            }
        }
        return Optional.of(new Removals(sharedAt.size(), removed, within));
    }

    /** Active periods start at an activation or re-escalation and end at a de-escalation or the closing. */
    private static List<Gap> gaps(List<AuditRecord> records, Instant end) {
        List<Gap> gaps = new ArrayList<>();
        Instant since = null;
        for (AuditRecord r : records) {
            String action = r.action();
            if (action.equals(CrisisEvent.of(CrisisStep.ACTIVATE)) || action.equals(CrisisEvent.of(CrisisStep.RE_ESCALATE))) {
                since = since == null ? r.occurredAt() : since;
            } else if (since != null && action.equals(CrisisEvent.SITUATION_REPORT)) {
                gaps.add(new Gap(since, r.occurredAt()));
                since = r.occurredAt();
            } else if (since != null && (action.equals(CrisisEvent.of(CrisisStep.DE_ESCALATE))
                    || action.equals(CrisisEvent.of(CrisisStep.CLOSE)))) {
                gaps.add(new Gap(since, r.occurredAt()));
                since = null;
            }
        }
        if (since != null && end.isAfter(since)) {
            gaps.add(new Gap(since, end));
        }
        return gaps;
    }

    private static List<Acknowledgement> acknowledgements(List<AuditRecord> records, Collection<UUID> participants,
            Optional<Instant> activated) {
        Map<UUID, Instant> acks = new HashMap<>();
        for (AuditRecord r : records) {
            if (r.action().equals(CrisisEvent.ACKNOWLEDGED)) {
                String org = organisation(r);
                try {
                    acks.putIfAbsent(UUID.fromString(org), r.occurredAt());
                } catch (IllegalArgumentException e) {
                    // not an organisation id: not a participant's acknowledgement
                }
            }
        }
        Set<UUID> all = new java.util.LinkedHashSet<>(participants);
        all.addAll(acks.keySet());
        return all.stream().map(org -> {
            Optional<Instant> at = Optional.ofNullable(acks.get(org));
            return new Acknowledgement(org, at, at.flatMap(a -> activated.map(v -> Duration.between(v, a))));
        }).sorted(Comparator.comparing((Acknowledgement a) -> a.afterActivation().isEmpty())
                .thenComparing(a -> a.afterActivation().orElse(Duration.ZERO))).toList();
    }

    private static Optional<Instant> first(List<AuditRecord> records, String action) {
        return records.stream().filter(r -> r.action().equals(action)).map(AuditRecord::occurredAt).findFirst();
    }

    /** The organisation the facts name, else the one the record was made on behalf of. */
    private static String organisation(AuditRecord r) {
        return text(facts(r), "organisation").orElse(String.valueOf(r.organisationId()));
    }

    private static Optional<Long> entryId(JsonNode facts) {
        JsonNode id = facts == null ? null : facts.get("entryId");
        return id == null || id.isNull() ? Optional.empty() : Optional.of(id.asLong());
    }

    private static Optional<String> text(JsonNode facts, String field) {
        JsonNode v = facts == null ? null : facts.get(field);
        return v == null || v.isNull() || v.asString().isBlank() ? Optional.empty() : Optional.of(v.asString());
    }

    private static JsonNode facts(AuditRecord r) {
        try {
            return r.details() == null || r.details().isBlank() ? null : JSON.readTree(r.details());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
