package eu.vigil.situation;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import eu.vigil.crimearea.CrimeArea;

/**
 * The situational picture of one crime area in a period, computed from the items sent in it (pure, no database): how
 * many went out over time and by kind, to which platforms, in which languages, what share the platforms actioned and
 * how fast, and which accounts and domains recur. The share actioned is of the items answered, so open items neither
 * raise nor lower it; the time to action is from receipt to the answer, for actioned items only.
 *
 * @param bucket   the width of the periods of {@link #overTime()}: a day for up to 62 days, a week (from Monday) for
 *                 up to a year
 * @param facts    every item counted, so each figure can be traced to its cases
 */
public record SituationReport(CrimeArea area, Instant from, Instant to, ZoneId zone, ChronoUnit bucket, Totals totals,
        List<Period> overTime, List<Platform> platforms, List<Count> languages, List<Count> senders,
        List<Count> categories, List<Recurring> accounts, List<Recurring> domains, List<ItemFact> facts) {

    /** A value that recurs when it appears in at least this many items. */
    public static final int RECURRING = 2;

    /** Figures of the whole period. */
    public record Totals(int items, int orders, int referrals, int notices, int answered, int actioned, int open,
            Optional<Double> actionedShare, Optional<Duration> medianTimeToAction, Optional<Duration> p90TimeToAction) {
    }

    /** Items sent in one day or week. */
    public record Period(LocalDate start, int orders, int referrals, int notices, int actioned) {
        /** All items of the period. */
        public int items() {
            return orders + referrals + notices;
        }
    }

    /** One platform's figures. */
    public record Platform(String name, int items, int answered, int actioned, Optional<Double> actionedShare,
            Optional<Duration> medianTimeToAction) {
    }

    /** A count of items by a key (language, sender, category). */
    public record Count(String key, int items) {
    }

    /** An account or domain seen in several items. */
    public record Recurring(String value, int items, int platforms, int cases, Instant firstSeen, Instant lastSeen) {
    }

    /** The report of the facts sent in {@code [from, to)}; facts outside the period are left out. */
    public static SituationReport of(CrimeArea area, Instant from, Instant to, ZoneId zone, List<ItemFact> all) {
        List<ItemFact> facts = all.stream()
                .filter(f -> f.category().area() == area && !f.sentAt().isBefore(from) && f.sentAt().isBefore(to))
                .sorted(Comparator.comparing(ItemFact::sentAt).thenComparing(ItemFact::caseReference))
                .toList();
        ChronoUnit bucket = Duration.between(from, to).toDays() <= 62 ? ChronoUnit.DAYS : ChronoUnit.WEEKS;
        return new SituationReport(area, from, to, zone, bucket, totals(facts), overTime(facts, from, to, zone, bucket),
                platforms(facts), counts(facts, f -> f.language() == null ? "—" : f.language()),
                counts(facts, f -> f.senderName() + (f.senderMemberState() == null ? "" : " (" + f.senderMemberState() + ")")),
                counts(facts, f -> f.category().name()),
                recurring(facts, ItemFact::account), recurring(facts, f -> domain(f.url())), facts);
    }

    static Totals totals(List<ItemFact> facts) {
        int orders = 0, referrals = 0, notices = 0;
        for (ItemFact f : facts) {
            switch (f.kind()) {
                case ORDER -> orders++;
                case REFERRAL -> referrals++;
                case NOTICE -> notices++;
            }
        }
        int answered = (int) facts.stream().filter(f -> f.outcome() != ItemFact.Outcome.OPEN).count();
        int actioned = (int) facts.stream().filter(f -> f.outcome() == ItemFact.Outcome.ACTIONED).count();
        List<Duration> times = timesToAction(facts);
        return new Totals(facts.size(), orders, referrals, notices, answered, actioned, facts.size() - answered,
                share(actioned, answered), percentile(times, 50), percentile(times, 90));
    }

    static List<Period> overTime(List<ItemFact> facts, Instant from, Instant to, ZoneId zone, ChronoUnit bucket) {
        Map<LocalDate, int[]> by = new TreeMap<>();
        LocalDate first = start(from, zone, bucket);
        LocalDate last = start(to.minusNanos(1), zone, bucket);
        for (LocalDate d = first; !d.isAfter(last); d = d.plus(1, bucket)) {
            by.put(d, new int[4]);
        }
        for (ItemFact f : facts) {
            int[] c = by.computeIfAbsent(start(f.sentAt(), zone, bucket), d -> new int[4]);
            c[f.kind().ordinal()]++;
            if (f.outcome() == ItemFact.Outcome.ACTIONED) {
                c[3]++;
            }
        }
        List<Period> out = new ArrayList<>();
        by.forEach((d, c) -> out.add(new Period(d, c[0], c[1], c[2], c[3])));
        return out;
    }

    private static LocalDate start(Instant at, ZoneId zone, ChronoUnit bucket) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return bucket == ChronoUnit.WEEKS ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    static List<Platform> platforms(List<ItemFact> facts) {
        Map<String, List<ItemFact>> by = new LinkedHashMap<>();
        facts.forEach(f -> by.computeIfAbsent(f.providerName(), k -> new ArrayList<>()).add(f));
        return by.entrySet().stream().map(e -> {
            List<ItemFact> mine = e.getValue();
            int answered = (int) mine.stream().filter(f -> f.outcome() != ItemFact.Outcome.OPEN).count();
            int actioned = (int) mine.stream().filter(f -> f.outcome() == ItemFact.Outcome.ACTIONED).count();
            return new Platform(e.getKey(), mine.size(), answered, actioned, share(actioned, answered),
                    percentile(timesToAction(mine), 50));
        }).sorted(Comparator.comparingInt(Platform::items).reversed().thenComparing(Platform::name)).toList();
    }

    static List<Count> counts(List<ItemFact> facts, Function<ItemFact, String> key) {
        Map<String, Integer> by = new LinkedHashMap<>();
        facts.forEach(f -> by.merge(key.apply(f), 1, Integer::sum));
        return by.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::items).reversed().thenComparing(Count::key)).toList();
    }

    static List<Recurring> recurring(List<ItemFact> facts, Function<ItemFact, String> key) {
        Map<String, List<ItemFact>> by = new LinkedHashMap<>();
        for (ItemFact f : facts) {
            String k = key.apply(f);
            if (k != null && !k.isBlank()) {
                by.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
            }
        }
        return by.entrySet().stream().filter(e -> e.getValue().size() >= RECURRING).map(e -> {
            List<ItemFact> seen = e.getValue();
            Set<String> platforms = new HashSet<>();
            Set<String> cases = new HashSet<>();
            seen.forEach(f -> {
                platforms.add(f.providerName());
                cases.add(f.caseReference());
            });
            return new Recurring(e.getKey(), seen.size(), platforms.size(), cases.size(), seen.getFirst().sentAt(),
                    seen.getLast().sentAt());
        }).sorted(Comparator.comparingInt(Recurring::items).reversed().thenComparing(Recurring::value)).toList();
    }

    /** The host of a URL in lower case without a leading {@code www.}; null when it has none. */
    static String domain(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Duration> timesToAction(List<ItemFact> facts) {
        return facts.stream().filter(f -> f.outcome() == ItemFact.Outcome.ACTIONED && f.answeredAt() != null)
                .map(f -> Duration.between(f.sentAt(), f.answeredAt())).map(d -> d.isNegative() ? Duration.ZERO : d)
                .sorted().toList();
    }

    private static Optional<Double> share(int part, int of) {
        return of == 0 ? Optional.empty() : Optional.of((double) part / of);
    }

    /** The nearest-rank percentile of sorted durations: the smallest value with at least p % at or below it. */
    static Optional<Duration> percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(0, rank - 1)));
    }
}
