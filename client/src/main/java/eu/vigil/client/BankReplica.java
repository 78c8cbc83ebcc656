package eu.vigil.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import eu.vigil.client.ApiModel.BankChanges;
import eu.vigil.client.ApiModel.BankEntry;
import eu.vigil.client.ApiModel.BankSnapshot;
import eu.vigil.hashing.ExactHash;
import eu.vigil.hashing.MalformedSignalException;
import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.Signal;
import eu.vigil.hashing.SignalType;
import eu.vigil.hashing.index.MatchResult;
import eu.vigil.hashing.index.PdqIndex;

/**
 * A local copy of one or more banks, kept in sync with the server: the first {@link #sync()} of a bank loads
 * its snapshot, later ones follow the delta feed from the bank's checkpoint (adds, disables and re-enables) page
 * by page until no more changes wait. Holds the PDQ, MD5 and SHA-256 entries (URL entries are ignored).
 *
 * <p>The replica holds the hashes in clear: it belongs on the provider's infrastructure. What goes to a user's
 * device is an {@link OnDeviceFilter} built from it. Thread-safe.
 */
public final class BankReplica {

    /** Changes asked for per page of the delta feed. */
    public static final int PAGE = 1_000;

    /** An entry of the replica that matched a signal locally. */
    public record LocalMatch(String bank, long entryId, SignalType signalType, String value, List<String> labels,
            int distance) {
    }

    private static final class Bank {
        final String id;
        String name;
        int pdqThreshold = PdqHash.MATCH_DISTANCE;
        boolean suppression;
        long checkpoint = -1;
        final Map<Long, BankEntry> entries = new LinkedHashMap<>();
        final PdqIndex pdq = new PdqIndex();

        Bank(String id) {
            this.id = id;
        }
    }

    private final BankFeed feed;
    private final Map<String, Bank> banks = new LinkedHashMap<>();

    /** A replica of the given banks (ids as the server writes them) read from {@code feed}. */
    public BankReplica(BankFeed feed, List<String> bankIds) {
        this.feed = Objects.requireNonNull(feed, "feed");
        if (bankIds.isEmpty()) {
            throw new IllegalArgumentException("no banks to replicate");
        }
        bankIds.forEach(id -> banks.put(id, new Bank(id)));
    }

    /** Brings every bank up to date; returns the number of entries added, changed or removed. */
    public synchronized int sync() {
        int changed = 0;
        for (Bank bank : banks.values()) {
            if (bank.checkpoint < 0) {
                BankSnapshot snapshot = feed.snapshot(bank.id);
                bank.entries.clear();
                bank.name = snapshot.name();
                bank.pdqThreshold = snapshot.pdqThreshold() > 0 ? snapshot.pdqThreshold() : PdqHash.MATCH_DISTANCE;
                bank.suppression = snapshot.suppression();
                for (BankEntry e : snapshot.entries()) {
                    changed += apply(bank, e) ? 1 : 0;
                }
                bank.checkpoint = snapshot.checkpoint();
            }
            while (true) {
                BankChanges page = feed.changes(bank.id, bank.checkpoint, PAGE);
                for (BankEntry e : page.changes()) {
                    changed += apply(bank, e) ? 1 : 0;
                }
                if (page.checkpoint() < bank.checkpoint) {
                    throw new IllegalStateException("the delta feed of bank " + bank.id + " went back from checkpoint "
                            + bank.checkpoint + " to " + page.checkpoint());
                }
                boolean progressed = page.checkpoint() > bank.checkpoint;
                bank.checkpoint = page.checkpoint();
                if (!page.more() || !progressed) {
                    break;
                }
            }
        }
        return changed;
    }

    private static boolean apply(Bank bank, BankEntry e) {
        SignalType type;
        try {
            type = SignalType.valueOf(e.signalType());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return false; // URL entries and types this client does not know
        }
        BankEntry old = bank.entries.remove(e.id());
        if (old != null && type == SignalType.PDQ) {
            bank.pdq.remove(e.id());
        }
        if (!e.enabled()) {
            return old != null;
        }
        try {
            Signal signal = type.parse(e.value());
            if (signal instanceof PdqHash p) {
                bank.pdq.put(e.id(), p);
            }
        } catch (MalformedSignalException bad) {
            return old != null;
        }
        bank.entries.put(e.id(), e);
        return true;
    }

    /** The ids of the replicated banks. */
    public synchronized List<String> bankIds() {
        return List.copyOf(banks.keySet());
    }

    /** The checkpoint a bank has been synced to, or -1 before its first sync. */
    public synchronized long checkpoint(String bankId) {
        return bank(bankId).checkpoint;
    }

    /** The PDQ distance threshold of a bank (from its snapshot). */
    public synchronized int pdqThreshold(String bankId) {
        return bank(bankId).pdqThreshold;
    }

    /** Whether a bank is a suppression bank (known false positives). */
    public synchronized boolean isSuppression(String bankId) {
        return bank(bankId).suppression;
    }

    /** The enabled entries of a bank. */
    public synchronized List<BankEntry> entries(String bankId) {
        return List.copyOf(bank(bankId).entries.values());
    }

    /** Number of entries held across banks. */
    public synchronized int size() {
        return banks.values().stream().mapToInt(b -> b.entries.size()).sum();
    }

    /** The PDQ hashes held by the non-suppression banks (duplicates across banks removed). */
    public synchronized List<PdqHash> pdqHashes() {
        return signals(SignalType.PDQ).stream().map(PdqHash.class::cast).toList();
    }

    /** The MD5 and SHA-256 hashes held by the non-suppression banks (duplicates removed). */
    public synchronized List<ExactHash> exactHashes() {
        List<ExactHash> out = new ArrayList<>();
        for (Signal s : signals(SignalType.MD5)) {
            out.add((ExactHash) s);
        }
        for (Signal s : signals(SignalType.SHA256)) {
            out.add((ExactHash) s);
        }
        return out;
    }

    private List<Signal> signals(SignalType type) {
        java.util.Set<Signal> out = new java.util.LinkedHashSet<>();
        for (Bank b : banks.values()) {
            if (b.suppression) {
                continue;
            }
            for (BankEntry e : b.entries.values()) {
                if (type.name().equals(e.signalType())) {
                    out.add(type.parse(e.value()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Matches a signal against the replica as the server would: PDQ within each bank's threshold, exact types by
     * equality; when a suppression bank matches too, nothing is returned. Nearest first.
     */
    public synchronized List<LocalMatch> match(Signal signal) {
        List<LocalMatch> matches = new ArrayList<>();
        boolean suppressed = false;
        for (Bank b : banks.values()) {
            List<LocalMatch> found = new ArrayList<>();
            if (signal instanceof PdqHash p) {
                for (MatchResult r : b.pdq.search(p, b.pdqThreshold)) {
                    BankEntry e = b.entries.get(r.id());
                    found.add(new LocalMatch(b.id, e.id(), SignalType.PDQ, e.value(), e.labels(), r.distance()));
                }
            } else if (signal instanceof ExactHash x) {
                String text = x.toText();
                for (BankEntry e : b.entries.values()) {
                    if (x.type().name().equals(e.signalType()) && text.equalsIgnoreCase(e.value())) {
                        found.add(new LocalMatch(b.id, e.id(), x.type(), e.value(), e.labels(), 0));
                    }
                }
            }
            if (b.suppression) {
                suppressed |= !found.isEmpty();
            } else {
                matches.addAll(found);
            }
        }
        if (suppressed) {
            return List.of();
        }
        matches.sort(Comparator.comparingInt(LocalMatch::distance).thenComparingLong(LocalMatch::entryId));
        return matches;
    }

    private Bank bank(String id) {
        return Optional.ofNullable(banks.get(id)).orElseThrow(() -> new IllegalArgumentException("not replicated: " + id));
    }
}
