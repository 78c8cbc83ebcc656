package eu.vigil.bank;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.vigil.hashing.ExactHash;
import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.SignalType;
import eu.vigil.hashing.index.ExactHashIndex;
import eu.vigil.hashing.index.MatchResult;
import eu.vigil.hashing.index.PdqIndex;

/**
 * The in-memory matching indexes: per bank one {@link PdqIndex}, one {@link ExactHashIndex} per exact hash type
 * and a map of canonical URLs, holding the enabled entries by entry id. Loaded from PostgreSQL when the
 * application starts (before the web server accepts requests), then kept current by applying the bank's changes
 * in change order ({@code seq}; writes to a bank are serialised by its row lock, so this is commit order): right
 * after each local commit, and every {@code vigil.banks.follow-interval} for changes committed by other server
 * instances sharing the database. Each bank remembers the last change it applied, so every change is applied once.
 */
@Component
class BankIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BankIndex.class);

    private final Map<UUID, Signals> banks = new ConcurrentHashMap<>();
    /** Per bank, the {@code seq} of the last change reflected in its indexes. */
    private final Map<UUID, Long> applied = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    BankIndex(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(5_000);
    }

    /** The indexes of one bank. The PDQ index is replaced whole after bulk loads (see {@link #rebuildPdq}). */
    static final class Signals {
        volatile PdqIndex pdq = new PdqIndex();
        final ExactHashIndex md5 = new ExactHashIndex(SignalType.MD5);
        final ExactHashIndex sha256 = new ExactHashIndex(SignalType.SHA256);
        final Map<String, Set<Long>> urls = new ConcurrentHashMap<>();
    }

    @Override
    public void afterSingletonsInstantiated() {
        long[] count = {0};
        // The watermark of a bank starts at its newest enabled entry; later changes (disables included) are
        // applied again by catchUp, which is idempotent.
        jdbc.query("select id, bank_id, signal_type, value, seq from bank_entry where enabled", rs -> {
            UUID bank = rs.getObject(2, UUID.class);
            put(bank, rs.getLong(1), SignalKind.valueOf(rs.getString(3)), rs.getString(4));
            applied.merge(bank, rs.getLong(5), Math::max);
            count[0]++;
        });
        banks.keySet().forEach(this::rebuildPdq);
        log.info("Bank indexes loaded: {} enabled entries in {} banks", count[0], banks.size());
    }

    /**
     * Applies every change of the bank after the last one applied, in change order: enabled entries are put,
     * disabled ones removed. Called after each local commit and by {@link #follow()}; changes read twice (e.g. an
     * entry loaded at start-up and changed meanwhile) are applied idempotently.
     */
    void catchUp(UUID bank) {
        Signals s = banks.computeIfAbsent(bank, b -> new Signals());
        synchronized (s) {
            long[] last = {applied.getOrDefault(bank, 0L)};
            jdbc.query("select id, signal_type, value, enabled, seq from bank_entry where bank_id = ? and seq > ? order by seq",
                    rs -> {
                        SignalKind kind = SignalKind.valueOf(rs.getString(2));
                        if (rs.getBoolean(4)) {
                            put(bank, rs.getLong(1), kind, rs.getString(3));
                        } else {
                            remove(bank, rs.getLong(1), kind, rs.getString(3));
                        }
                        last[0] = rs.getLong(5);
                    }, bank, last[0]);
            applied.put(bank, last[0]);
        }
    }

    /**
     * Catches up with changes committed by other server instances: one query for the newest change of every
     * bank, then {@link #catchUp} for those behind (banks are never deleted, only their entries disabled).
     */
    @Scheduled(fixedDelayString = "${vigil.banks.follow-interval:PT1S}", initialDelayString = "${vigil.banks.follow-interval:PT1S}")
    void follow() {
        Map<UUID, Long> newest = new java.util.HashMap<>();
        jdbc.query("select b.id, (select max(e.seq) from bank_entry e where e.bank_id = b.id) from bank b",
                rs -> {
                    newest.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        newest.forEach((bank, seq) -> {
            if (seq > applied.getOrDefault(bank, 0L)) {
                catchUp(bank);
            }
        });
    }

    /**
     * Rebuilds a bank's PDQ index in one piece from PostgreSQL. Entries added one by one end up in several
     * index segments that every search must probe; after a bulk import (or at start-up) one index built from
     * all hashes answers much faster. Changes of the bank wait for the rebuild, searches go on meanwhile.
     */
    void rebuildPdq(UUID bank) {
        Signals s = banks.get(bank);
        if (s == null) {
            return;
        }
        synchronized (s) {
            long[][] words = {new long[4 * 1024]};
            long[][] ids = {new long[1024]};
            int[] n = {0};
            jdbc.query("select id, value from bank_entry where enabled and bank_id = ? and signal_type = 'PDQ'", rs -> {
                if (n[0] == ids[0].length) {
                    ids[0] = java.util.Arrays.copyOf(ids[0], n[0] * 2);
                    words[0] = java.util.Arrays.copyOf(words[0], n[0] * 8);
                }
                PdqHash h = PdqHash.parse(rs.getString(2));
                ids[0][n[0]] = rs.getLong(1);
                for (int w = 0; w < 4; w++) {
                    words[0][4 * n[0] + w] = h.word(w);
                }
                n[0]++;
            }, bank);
            s.pdq = PdqIndex.of(words[0], ids[0], n[0]);
        }
    }

    void put(UUID bank, long id, SignalKind kind, String value) {
        Signals s = banks.computeIfAbsent(bank, b -> new Signals());
        switch (kind) {
            case PDQ -> {
                synchronized (s) {
                    s.pdq.put(id, PdqHash.parse(value));
                }
            }
            case MD5 -> s.md5.put(id, ExactHash.parse(SignalType.MD5, value));
            case SHA256 -> s.sha256.put(id, ExactHash.parse(SignalType.SHA256, value));
            case URL -> s.urls.computeIfAbsent(value, v -> ConcurrentHashMap.newKeySet()).add(id);
        }
    }

    void remove(UUID bank, long id, SignalKind kind, String value) {
        Signals s = banks.get(bank);
        if (s == null) {
            return;
        }
        switch (kind) {
            case PDQ -> {
                synchronized (s) {
                    s.pdq.remove(id);
                }
            }
            case MD5 -> s.md5.remove(id);
            case SHA256 -> s.sha256.remove(id);
            case URL -> s.urls.computeIfPresent(value, (v, ids) -> {
                ids.remove(id);
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    /** Entries of a bank matching a canonical value: PDQ within {@code radius}, the others exactly. */
    List<MatchResult> search(UUID bank, SignalKind kind, String canonical, int radius) {
        Signals s = banks.get(bank);
        if (s == null) {
            return List.of();
        }
        return switch (kind) {
            case PDQ -> s.pdq.search(PdqHash.parse(canonical), radius);
            case MD5 -> s.md5.search(ExactHash.parse(SignalType.MD5, canonical));
            case SHA256 -> s.sha256.search(ExactHash.parse(SignalType.SHA256, canonical));
            case URL -> s.urls.getOrDefault(canonical, Set.of()).stream().map(id -> new MatchResult(id, 0)).toList();
        };
    }

    /** The PDQ index of a bank (empty if the bank has no PDQ entries). */
    PdqIndex pdq(UUID bank) {
        Signals s = banks.get(bank);
        return s == null ? new PdqIndex() : s.pdq;
    }
}
