package eu.vigil.bank;

import java.sql.Date;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.hashing.index.MatchResult;
import eu.vigil.hashing.pdq.PdqResult;
import eu.vigil.identity.Actor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.Violations;

/**
 * The match service: looks signals up in the in-memory indexes of every bank the caller may read, applies each
 * bank's PDQ threshold, lets suppression banks cancel matches, and counts matches per bank and day for the
 * owner's statistics. Queried values are never stored.
 */
@Service
public class Matching {

    /** Most signals per request. */
    public static final int MAX_BATCH = 10_000;

    private final Banks banks;
    private final BankIndex index;
    private final JdbcClient jdbc;
    private final ImageHashing images;
    private final TransactionTemplate transactions;

    Matching(Banks banks, BankIndex index, JdbcClient jdbc, ImageHashing images, TransactionTemplate transactions) {
        this.banks = banks;
        this.index = index;
        this.jdbc = jdbc;
        this.images = images;
        this.transactions = transactions;
    }

    /** Matches a batch of signals; malformed signals are refused together, naming each. */
    @Transactional
    public List<MatchOutcome> match(Actor actor, List<MatchQuery> queries) {
        Violations v = new Violations();
        v.check(queries == null || queries.isEmpty(), "signals", "give at least one signal");
        v.check(queries != null && queries.size() > MAX_BATCH, "signals", "at most " + MAX_BATCH + " signals per request");
        v.throwIfPresent();
        List<SignalKind> kinds = new ArrayList<>(queries.size());
        List<String> values = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            MatchQuery q = queries.get(i);
            try {
                SignalKind kind = SignalKind.parse(q == null ? null : q.signalType());
                kinds.add(kind);
                try {
                    values.add(kind.canonical(q.value()));
                } catch (IllegalArgumentException e) {
                    v.add("signals[" + i + "].value", e.getMessage());
                }
            } catch (IllegalArgumentException e) {
                v.add("signals[" + i + "].signalType", e.getMessage());
            }
        }
        v.throwIfPresent();
        return lookUp(actor, kinds, values, true);
    }

    /** Looks one signal up for browsing ("search by hash"); not counted in the match statistics. */
    @Transactional(readOnly = true)
    public MatchOutcome search(Actor actor, MatchQuery query) {
        SignalKind kind;
        String value;
        try {
            kind = SignalKind.parse(query.signalType());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("signalType", e.getMessage());
        }
        try {
            value = kind.canonical(query.value());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("value", e.getMessage());
        }
        return lookUp(actor, List.of(kind), List.of(value), false).getFirst();
    }

    /**
     * Hashes an image (PDQ, MD5, SHA-256) and matches the hashes; the image is not kept. The image is decoded
     * outside any transaction and within the limits of {@link ImageHashing}, so that slow decodes hold no database
     * connection.
     */
    public ImageMatch matchImage(Actor actor, byte[] image) {
        return matchImage(actor, image, false);
    }

    /**
     * As {@link #matchImage(Actor, byte[])}; with {@code thumbnail} the answer also carries a small PNG copy of the
     * image for the match-test page (made in memory under the same decode limits, not kept).
     */
    public ImageMatch matchImage(Actor actor, byte[] image, boolean thumbnail) {
        ImageHashing.Hashes hashes = images.hash(image, thumbnail);
        PdqResult pdq = hashes.pdq();
        List<SignalKind> kinds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (pdq.isUseful()) {
            kinds.add(SignalKind.PDQ);
            values.add(pdq.hash().toText());
        }
        kinds.add(SignalKind.MD5);
        values.add(hashes.md5());
        kinds.add(SignalKind.SHA256);
        values.add(hashes.sha256());
        return new ImageMatch(pdq.hash().toText(), pdq.quality(), hashes.md5(), hashes.sha256(),
                transactions.execute(status -> lookUp(actor, kinds, values, true)), hashes.thumbnail());
    }

    private record Hit(long entryId, Bank bank, int distance) {
    }

    private List<MatchOutcome> lookUp(Actor actor, List<SignalKind> kinds, List<String> values, boolean count) {
        List<Bank> readable = banks.readableBy(actor);
        List<List<Hit>> hits = new ArrayList<>(kinds.size());
        List<MatchOutcome.Searched> searched = new ArrayList<>(kinds.size());
        Set<Long> entryIds = new HashSet<>();
        for (int i = 0; i < kinds.size(); i++) {
            List<Hit> found = new ArrayList<>();
            searched.add(searched(readable, kinds.get(i)));
            for (Bank bank : readable) {
                if (!bank.signalTypes().contains(kinds.get(i))) {
                    continue;
                }
                for (MatchResult r : index.search(bank.id().value(), kinds.get(i), values.get(i), bank.pdqThreshold())) {
                    found.add(new Hit(r.id(), bank, r.distance()));
                    entryIds.add(r.id());
                }
            }
            hits.add(found);
        }
        Map<Long, BankEntry> entries = enabledEntries(entryIds);
        Map<UUID, Long> counts = new HashMap<>();
        List<MatchOutcome> outcomes = new ArrayList<>(kinds.size());
        for (int i = 0; i < kinds.size(); i++) {
            List<MatchHit> matches = new ArrayList<>();
            List<MatchHit> suppressedBy = new ArrayList<>();
            for (Hit h : hits.get(i)) {
                BankEntry e = entries.get(h.entryId());
                if (e == null) {
                    continue; // disabled meanwhile
                }
                MatchHit hit = new MatchHit(e.id(), h.bank().id(), h.bank().name(), e.signalType(), e.value(),
                        e.labels().stream().map(LabelView::of).toList(), h.distance(),
                        e.signalType() == SignalKind.PDQ ? h.bank().pdqThreshold() : 0);
                (h.bank().suppression() ? suppressedBy : matches).add(hit);
            }
            Comparator<MatchHit> nearest = Comparator.comparingInt(MatchHit::distance).thenComparingLong(MatchHit::entryId);
            matches.sort(nearest);
            suppressedBy.sort(nearest);
            if (!suppressedBy.isEmpty()) {
                matches.clear();
            }
            matches.stream().map(m -> m.bank().value()).distinct().forEach(b -> counts.merge(b, 1L, Long::sum));
            outcomes.add(new MatchOutcome(i, kinds.get(i), values.get(i), matches, suppressedBy, searched.get(i)));
        }
        if (!count) {
            return outcomes;
        }
        Date day = Date.valueOf(banks.now().atZone(ZoneOffset.UTC).toLocalDate());
        counts.forEach((bank, n) -> jdbc.sql("""
                insert into bank_match_count (bank_id, day, matches) values (?,?,?)
                on conflict (bank_id, day) do update set matches = bank_match_count.matches + excluded.matches""")
                .params(bank, day, n).update());
        return outcomes;
    }

    /** The readable banks holding {@code kind}, with the range of their PDQ match distances for PDQ. */
    static MatchOutcome.Searched searched(List<Bank> readable, SignalKind kind) {
        List<Bank> holding = readable.stream().filter(b -> b.signalTypes().contains(kind)).toList();
        if (holding.isEmpty() || kind != SignalKind.PDQ) {
            return new MatchOutcome.Searched(holding.size(), 0, 0);
        }
        var thresholds = holding.stream().mapToInt(Bank::pdqThreshold).summaryStatistics();
        return new MatchOutcome.Searched(holding.size(), thresholds.getMin(), thresholds.getMax());
    }

    private Map<Long, BankEntry> enabledEntries(Set<Long> ids) {
        Map<Long, BankEntry> entries = new HashMap<>();
        if (ids.isEmpty()) {
            return entries;
        }
        List<Long> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += 10_000) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 10_000));
            jdbc.sql("select " + Banks.ENTRY_COLUMNS + " from bank_entry e where e.enabled and e.id in (:ids)")
                    .param("ids", chunk).query((rs, n) -> Banks.mapEntry(rs)).list()
                    .forEach(e -> entries.put(e.id(), e));
        }
        return entries;
    }
}
