package eu.vigil.deconfliction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.shared.ItemHash;

/**
 * Duplicate detection (R37, R11; ADR 0035): one register of the items of open orders, referrals and notices of every
 * sender. Before a case goes out its items are {@link #check checked} against the open items registered within the
 * window ({@code vigil.duplicates.window}, 30 days by default): same URL comparison key, same typed hash, or PDQ
 * within {@code vigil.duplicates.pdq-distance} (31 by default). A duplicate warns; it never blocks.
 * <p>
 * A check costs three queries whatever the number of items (URL keys and hash values are looked up as arrays on
 * partial indexes; PDQ candidates of the window are compared in memory), so a 5,000-item action-day upload is checked
 * in one call.
 */
@Service
public class Duplicates {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;
    private final Duration window;
    private final int pdqDistance;

    Duplicates(JdbcClient jdbc, JdbcTemplate batch, Clock clock,
            @Value("${vigil.duplicates.window:P30D}") Duration window,
            @Value("${vigil.duplicates.pdq-distance:31}") int pdqDistance) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.window = window;
        this.pdqDistance = pdqDistance;
    }

    /** How far back open cases count ({@code vigil.duplicates.window}). */
    public Duration window() {
        return window;
    }

    /** Largest PDQ Hamming distance at which two images are the same item ({@code vigil.duplicates.pdq-distance}). */
    public int pdqDistance() {
        return pdqDistance;
    }

    /**
     * The open items of any sender's cases, registered within the window, that name the same item as one of
     * {@code items}; in item order, each existing item once per checked item.
     */
    public List<Duplicate> check(List<CaseItem> items) {
        List<SameItem.Probe> probes = items.stream().map(SameItem.Probe::of).toList();
        return SameItem.match(probes, candidates(probes, null, null), pdqDistance);
    }

    /**
     * Registers the items of a case that goes out, in the caller's transaction, so later cases see them. A position
     * registered before is left as it is.
     *
     * @param sender     who sends the case (its organisation is the sender shown to others)
     * @param ref        the case
     * @param providerId the provider it goes to, may be null
     * @param items      its items
     */
    @Transactional
    public void register(Actor sender, CaseRef ref, UUID providerId, List<CaseItem> items) {
        Timestamp now = Timestamp.from(clock.instant());
        batch.batchUpdate("""
                insert into case_item_register (case_kind, case_id, case_reference, position, sender_id, sender_name,
                    sender_member_state, provider_id, url, url_key, hash_type, hash_value, registered_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?) on conflict do nothing""", items.stream().map(i -> new Object[] {
                ref.kind().name(), ref.caseId(), ref.reference(), i.position(), sender.organisationId().value(),
                sender.organisationName(), sender.memberState(), providerId, i.url(), SameItem.urlKey(i.url()),
                i.hash() == null ? null : i.hash().type().name(), SameItem.indexed(i.hash()), now}).toList());
    }

    /** Closes one item of a case (the provider answered for it): it no longer counts as a duplicate. */
    @Transactional
    public void close(CaseRef ref, int position) {
        jdbc.sql("""
                update case_item_register set closed_at = ? where case_kind = ? and case_id = ? and position = ?
                  and closed_at is null""")
                .params(Timestamp.from(clock.instant()), ref.kind().name(), ref.caseId(), position).update();
    }

    /** Closes every item of a case (the case ended). */
    @Transactional
    public void closeAll(CaseRef ref) {
        jdbc.sql("update case_item_register set closed_at = ? where case_kind = ? and case_id = ? and closed_at is null")
                .params(Timestamp.from(clock.instant()), ref.kind().name(), ref.caseId()).update();
    }

    /**
     * For each open item of the case, the other open cases to the same provider that name the same item (so the
     * provider sees every sender of an item it received twice); positions without one are left out. Cases to other
     * providers are never shown: they are not the provider's business.
     */
    public Map<Integer, List<Duplicate>> alsoSentBy(CaseRef ref) {
        List<SameItem.Registered> own = jdbc.sql("""
                select * from case_item_register where case_kind = ? and case_id = ? and closed_at is null order by position""")
                .params(ref.kind().name(), ref.caseId()).query(Duplicates::registered).list();
        if (own.isEmpty()) {
            return Map.of();
        }
        UUID provider = own.getFirst().providerId();
        List<SameItem.Probe> items = own.stream().map(SameItem.Registered::probe).toList();
        Map<Integer, List<Duplicate>> found = new TreeMap<>();
        for (Duplicate d : SameItem.match(items, candidates(items, ref, provider), pdqDistance)) {
            found.computeIfAbsent(d.position(), p -> new ArrayList<>()).add(d);
        }
        return found;
    }

    /**
     * The open items within the window that share a URL key or a hash value with an item, and every open PDQ item of
     * the window when an item has a PDQ; optionally leaving out one case and keeping one provider's cases.
     */
    private List<SameItem.Registered> candidates(List<SameItem.Probe> items, CaseRef excluding, UUID provider) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        boolean pdq = false;
        for (SameItem.Probe i : items) {
            if (i.urlKey() != null) {
                keys.add(i.urlKey());
            }
            if (i.hashType() == ItemHash.Type.PDQ) {
                pdq = true;
            } else if (i.hashValue() != null) {
                values.add(i.hashValue());
            }
        }
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        String scope = (excluding == null ? "" : " and case_id <> :excluded")
                + (provider == null ? "" : " and provider_id = :provider");
        Map<String, SameItem.Registered> found = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        if (!keys.isEmpty()) {
            queries.add("url_key = any(:keys)");
        }
        if (!values.isEmpty()) {
            queries.add("hash_value = any(:values)");
        }
        if (pdq) {
            queries.add("hash_type = :pdq");
        }
        for (String where : queries) {
            var spec = jdbc.sql("select * from case_item_register where closed_at is null and registered_at > :since and "
                    + where + scope).param("since", since);
            if (where.contains(":keys")) {
                spec = spec.param("keys", keys.toArray(String[]::new));
            } else if (where.contains(":values")) {
                spec = spec.param("values", values.toArray(String[]::new));
            } else {
                spec = spec.param("pdq", ItemHash.Type.PDQ.name());
            }
            if (excluding != null) {
                spec = spec.param("excluded", excluding.caseId());
            }
            if (provider != null) {
                spec = spec.param("provider", provider);
            }
            for (SameItem.Registered r : spec.query(Duplicates::registered).list()) {
                found.putIfAbsent(r.ref().kind() + "/" + r.ref().caseId() + "/" + r.position(), r);
            }
        }
        return List.copyOf(found.values());
    }

    private static SameItem.Registered registered(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("hash_type");
        return new SameItem.Registered(new CaseRef(CaseKind.valueOf(rs.getString("case_kind")),
                rs.getObject("case_id", UUID.class), rs.getString("case_reference")), rs.getInt("position"),
                rs.getObject("sender_id", UUID.class), rs.getString("sender_name"), rs.getString("sender_member_state"),
                rs.getObject("provider_id", UUID.class), rs.getString("url_key"),
                type == null ? null : ItemHash.Type.valueOf(type), rs.getString("hash_value"));
    }
}
