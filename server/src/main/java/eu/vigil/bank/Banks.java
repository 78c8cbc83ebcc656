package eu.vigil.bank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.shared.Denied;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.ResultPage;
import eu.vigil.shared.Violations;

/**
 * Banks and their entries: creating and changing banks, sharing, adding, disabling and enabling entries,
 * browsing, and the delta feed. Read access: the owner, organisations the bank is shared with, everyone when
 * published; everyone else gets "not found" (audited). Write access: the owner and write shares, with the
 * OPERATOR role.
 */
@Service
public class Banks {

    static final String ENTRY_COLUMNS = "e.id, e.bank_id, e.signal_type, e.value, e.labels, e.added_by, "
            + "e.organisation_id, e.source_kind, e.source_id, e.added_at, e.enabled, e.changed_at, e.seq";

    private static final String READABLE = "(b.owner_id = :org or b.sharing = 'PUBLISHED' or (b.sharing = 'SHARED' "
            + "and exists (select 1 from bank_share s where s.bank_id = b.id and s.organisation_id = :org)))";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Organisations organisations;
    private final BankIndex index;

    Banks(JdbcClient jdbc, AuditLog audit, Clock clock, Organisations organisations, BankIndex index) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.organisations = organisations;
        this.index = index;
    }

    /** Creates a bank owned by the actor's organisation. */
    @Transactional
    public Bank create(Actor actor, BankSettings settings) {
        requireWorker(actor);
        settings.validate();
        checkShares(actor, settings);
        BankId id = new BankId(UUID.randomUUID());
        Instant now = now();
        if (jdbc.sql("select count(*) from bank where owner_id = ? and name = ?")
                .params(actor.organisationId().value(), settings.name().strip()).query(Long.class).single() > 0) {
            throw InvalidInput.of("name", "your organisation already has a bank of this name");
        }
        jdbc.sql("""
                insert into bank (id, owner_id, name, purpose, signal_types, pdq_threshold, suppression, sharing,
                    created_at, created_by) values (?,?,?,?,?,?,?,?,?,?)""")
                .params(id.value(), actor.organisationId().value(), settings.name().strip(), settings.purpose().strip(),
                        kinds(settings.signalTypes()), settings.threshold(), settings.isSuppression(),
                        settings.sharing().name(), Timestamp.from(now), actor.auditor().label())
                .update();
        writeShares(id, settings.shares());
        Bank bank = load(id).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("bank.created", "bank", id.toString(), null, bank,
                Map.of("name", bank.name(), "sharing", bank.sharing().name(), "suppression", bank.suppression())));
        return bank;
    }

    /** Changes a bank's settings and sharing; only the owner may. */
    @Transactional
    public Bank change(Actor actor, BankId id, BankSettings settings) {
        Bank before = find(actor, id);
        requireOwner(actor, before);
        settings.validate();
        checkShares(actor, settings);
        lock(id);
        jdbc.sql("""
                update bank set name = ?, purpose = ?, signal_types = ?, pdq_threshold = ?, suppression = ?, sharing = ?
                where id = ?""")
                .params(settings.name().strip(), settings.purpose().strip(), kinds(settings.signalTypes()),
                        settings.threshold(), settings.isSuppression(), settings.sharing().name(), id.value())
                .update();
        jdbc.sql("delete from bank_share where bank_id = ?").param(id.value()).update();
        writeShares(id, settings.shares());
        Bank after = load(id).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("bank.changed", "bank", id.toString(), before, after,
                Map.of("sharing", after.sharing().name(), "shares", after.shares().size(),
                        "pdqThreshold", after.pdqThreshold(), "suppression", after.suppression())));
        return after;
    }

    /**
     * Shares a bank with one more organisation on behalf of the module that keeps the bank's membership rule (the
     * crisis list is shared with every participant of its crisis, also those that join later): no actor of the
     * owner is needed, the share is audited as {@code bank.shared}. An existing share takes the given access; the
     * owner gets none. A private bank becomes SHARED.
     */
    @Transactional
    public Bank grant(eu.vigil.audit.Auditor by, BankId id, Share share) {
        Bank before = load(id).orElseThrow(() -> new NotFound("bank " + id));
        if (before.owner().equals(share.organisation()) || share.access() == before.shares().stream()
                .filter(s -> s.organisation().equals(share.organisation())).map(Share::access).findFirst().orElse(null)) {
            return before;
        }
        lock(id);
        jdbc.sql("""
                insert into bank_share (bank_id, organisation_id, access) values (?,?,?)
                on conflict (bank_id, organisation_id) do update set access = excluded.access""")
                .params(id.value(), share.organisation().value(), share.access().name()).update();
        if (before.sharing() == Sharing.PRIVATE) {
            jdbc.sql("update bank set sharing = 'SHARED' where id = ?").param(id.value()).update();
        }
        Bank after = load(id).orElseThrow();
        audit.append(by, new AuditEvent("bank.shared", "bank", id.toString(), null, null,
                Map.of("organisation", share.organisation().toString(), "access", share.access().name())));
        return after;
    }

    /** A bank the actor may read; others answer "not found" (audited). */
    @Transactional(readOnly = true)
    public Bank find(Actor actor, BankId id) {
        return load(id).filter(b -> b.accessOf(actor.organisationId()) != null)
                .orElseThrow(() -> new Denied("bank", id.toString(), "banks are readable by their owner, their "
                        + "shares, or everyone when published"));
    }

    /** Every bank the actor may read, own banks first. */
    @Transactional(readOnly = true)
    public List<Bank> readableBy(Actor actor) {
        List<UUID> ids = jdbc.sql("select b.id from bank b where " + READABLE
                        + " order by (b.owner_id = :org) desc, b.name")
                .param("org", actor.organisationId().value()).query(UUID.class).list();
        return loadAll(ids);
    }

    /** Adds one entry. */
    @Transactional
    public BankEntry add(Actor actor, BankId bankId, NewEntry entry) {
        Bank bank = requireWrite(actor, bankId);
        Violations v = new Violations();
        SignalKind kind = null;
        String value = null;
        try {
            kind = SignalKind.parse(entry.signalType());
            if (!bank.signalTypes().contains(kind)) {
                v.add("signalType", "this bank holds only " + kinds(bank.signalTypes()));
            } else {
                value = kind.canonical(entry.value());
            }
        } catch (IllegalArgumentException e) {
            v.add(kind == null ? "signalType" : "value", e.getMessage());
        }
        List<BankLabel> labels = new ArrayList<>();
        for (String l : entry.labels() == null ? List.<String>of() : entry.labels()) {
            try {
                labels.add(BankLabel.parse(l));
            } catch (IllegalArgumentException e) {
                v.add("labels", e.getMessage());
            }
        }
        v.check(entry.sourceId() != null && entry.sourceId().length() > 200, "sourceId", "must be at most 200 characters");
        v.throwIfPresent();
        lock(bankId);
        if (jdbc.sql("select count(*) from bank_entry where bank_id = ? and signal_type = ? and value = ?")
                .params(bankId.value(), kind.name(), value).query(Long.class).single() > 0) {
            throw InvalidInput.of("value", "the bank already holds this " + kind.name() + " value");
        }
        Instant now = now();
        long id = jdbc.sql("""
                insert into bank_entry (bank_id, signal_type, value, labels, added_by, organisation_id, source_kind,
                    source_id, added_at, enabled, changed_at, seq)
                values (?,?,?,string_to_array(?, ','),?,?,?,?,?,true,?,nextval('bank_change_seq')) returning id""")
                .params(bankId.value(), kind.name(), value, codes(labels), actor.auditor().label(),
                        actor.organisationId().value(), (entry.source() == null ? SourceKind.MANUAL : entry.source()).name(),
                        entry.sourceId(), Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
        BankEntry added = entry(id).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("bank_entry.added", "bank_entry", Long.toString(id), null, added,
                Map.of("bank", bankId.toString(), "signalType", kind.name(), "source", added.provenance().source().name())));
        afterCommit(() -> index.catchUp(bankId.value()));
        return added;
    }

    /** Disables or re-enables an entry; a disabled entry is kept but never matches. */
    @Transactional
    public BankEntry setEnabled(Actor actor, BankId bankId, long entryId, boolean enabled) {
        requireWrite(actor, bankId);
        lock(bankId);
        BankEntry before = entry(entryId).filter(e -> e.bank().equals(bankId))
                .orElseThrow(() -> new NotFound("bank entry " + entryId));
        if (before.enabled() == enabled) {
            return before;
        }
        Instant now = now();
        jdbc.sql("update bank_entry set enabled = ?, changed_at = ?, seq = nextval('bank_change_seq') where id = ?")
                .params(enabled, Timestamp.from(now), entryId).update();
        BankEntry after = entry(entryId).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent(enabled ? "bank_entry.enabled" : "bank_entry.disabled",
                "bank_entry", Long.toString(entryId), before, after, Map.of("bank", bankId.toString())));
        afterCommit(() -> index.catchUp(bankId.value()));
        return after;
    }

    /** One page of a bank's entries, newest first, optionally only those whose value starts with a prefix. */
    @Transactional(readOnly = true)
    public ResultPage<BankEntry> entries(Actor actor, BankId bankId, Optional<String> valuePrefix, int page, int size) {
        ResultPage.checkRequest(page, size);
        find(actor, bankId);
        String prefix = valuePrefix.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(java.util.Locale.ROOT))
                .orElse(null);
        String where = " where e.bank_id = :bank and (cast(:prefix as text) is null or e.value like cast(:prefix as text) || '%')";
        long total = jdbc.sql("select count(*) from bank_entry e" + where).param("bank", bankId.value())
                .param("prefix", prefix).query(Long.class).single();
        List<BankEntry> items = jdbc.sql("select " + ENTRY_COLUMNS + " from bank_entry e" + where
                        + " order by e.id desc limit :size offset :offset")
                .param("bank", bankId.value()).param("prefix", prefix).param("size", size)
                .param("offset", (long) page * size).query((rs, n) -> mapEntry(rs)).list();
        return new ResultPage<>(items, page, size, total);
    }

    /** One entry of a readable bank. */
    @Transactional(readOnly = true)
    public BankEntry entry(Actor actor, BankId bankId, long entryId) {
        find(actor, bankId);
        return entry(entryId).filter(e -> e.bank().equals(bankId)).orElseThrow(() -> new NotFound("bank entry " + entryId));
    }

    /**
     * Changes of a bank after a checkpoint, oldest first: added, disabled and re-enabled entries, each with its
     * current state. Writes to one bank are serialised by a row lock, so checkpoints of one bank grow in
     * commit order and a client that stores {@link Changes#checkpoint()} misses nothing.
     */
    @Transactional(readOnly = true)
    public Changes changes(Actor actor, BankId bankId, long since, int limit) {
        if (since < 0 || limit < 1 || limit > Changes.MAX_LIMIT) {
            throw new IllegalArgumentException("since must be >= 0 and limit between 1 and " + Changes.MAX_LIMIT);
        }
        find(actor, bankId);
        List<BankEntry> items = jdbc.sql("select " + ENTRY_COLUMNS + " from bank_entry e where e.bank_id = ? and e.seq > ?"
                        + " order by e.seq limit ?")
                .params(bankId.value(), since, limit + 1).query((rs, n) -> mapEntry(rs)).list();
        boolean more = items.size() > limit;
        List<BankEntry> page = more ? items.subList(0, limit) : items;
        long checkpoint = page.isEmpty() ? since : page.getLast().checkpoint();
        return new Changes(bankId, since, checkpoint, more, page);
    }

    /** The highest checkpoint of a bank (0 when it has no entries). */
    @Transactional(readOnly = true)
    public long checkpoint(Actor actor, BankId bankId) {
        find(actor, bankId);
        return jdbc.sql("select coalesce(max(seq), 0) from bank_entry where bank_id = ?").param(bankId.value())
                .query(Long.class).single();
    }

    /** Matches recorded per day for the owner's statistics (no queried hash is stored). */
    @Transactional(readOnly = true)
    public Map<String, Long> matchCounts(Actor actor, BankId bankId) {
        requireOwner(actor, find(actor, bankId));
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select day, matches from bank_match_count where bank_id = ? order by day desc limit 366")
                .param(bankId.value()).query((ResultSet rs) -> {
                    counts.put(rs.getDate(1).toLocalDate().toString(), rs.getLong(2));
                });
        return counts;
    }

    /** The bank if the actor may add and disable entries; 404 if it may not even read it, else 403. */
    public Bank requireWrite(Actor actor, BankId id) {
        Bank bank = find(actor, id);
        requireWorker(actor);
        if (bank.accessOf(actor.organisationId()) != Access.WRITE) {
            throw new Forbidden("your organisation may read this bank but not change it");
        }
        return bank;
    }

    void lock(BankId id) {
        jdbc.sql("select id from bank where id = ? for update").param(id.value()).query(UUID.class).single();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static void requireWorker(Actor actor) {
        if (!actor.has(Role.OPERATOR)) {
            throw new Forbidden("changing banks needs the OPERATOR role");
        }
    }

    private static void requireOwner(Actor actor, Bank bank) {
        requireWorker(actor);
        if (!bank.owner().equals(actor.organisationId())) {
            throw new Forbidden("only the owner organisation may change a bank's settings and sharing");
        }
    }

    private void checkShares(Actor actor, BankSettings settings) {
        Violations v = new Violations();
        Set<OrganisationId> seen = new java.util.HashSet<>();
        for (int i = 0; i < settings.shares().size(); i++) {
            Share s = settings.shares().get(i);
            v.check(s.organisation().equals(actor.organisationId()), "shares[" + i + "]", "the owner needs no share");
            v.check(organisations.find(s.organisation()).isEmpty(), "shares[" + i + "]", "no such organisation");
            v.check(!seen.add(s.organisation()), "shares[" + i + "]", "organisation named twice");
        }
        v.throwIfPresent();
    }

    private void writeShares(BankId id, List<Share> shares) {
        for (Share s : shares) {
            jdbc.sql("insert into bank_share (bank_id, organisation_id, access) values (?,?,?)")
                    .params(id.value(), s.organisation().value(), s.access().name()).update();
        }
    }

    Optional<Bank> load(BankId id) {
        return loadAll(List.of(id.value())).stream().findFirst();
    }

    private List<Bank> loadAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Share>> shares = new LinkedHashMap<>();
        jdbc.sql("select bank_id, organisation_id, access from bank_share where bank_id in (:ids) order by organisation_id")
                .param("ids", ids).query((ResultSet rs) -> {
                    shares.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            new Share(new OrganisationId(rs.getObject(2, UUID.class)), Access.valueOf(rs.getString(3))));
                });
        Map<UUID, Bank> byId = new LinkedHashMap<>();
        jdbc.sql("""
                select b.id, b.owner_id, o.name, b.name, b.purpose, b.signal_types, b.pdq_threshold, b.suppression,
                    b.sharing, b.created_at from bank b join organisation o on o.id = b.owner_id where b.id in (:ids)""")
                .param("ids", ids).query((ResultSet rs) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    byId.put(id, new Bank(new BankId(id), new OrganisationId(rs.getObject(2, UUID.class)),
                            rs.getString(3), rs.getString(4), rs.getString(5), parseKinds(rs.getString(6)), rs.getInt(7),
                            rs.getBoolean(8), Sharing.valueOf(rs.getString(9)), shares.getOrDefault(id, List.of()),
                            rs.getTimestamp(10).toInstant()));
                });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    Optional<BankEntry> entry(long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from bank_entry e where e.id = ?").param(id)
                .query((rs, n) -> mapEntry(rs)).optional();
    }

    static BankEntry mapEntry(ResultSet rs) throws SQLException {
        String[] labels = (String[]) rs.getArray(5).getArray();
        return new BankEntry(rs.getLong(1), new BankId(rs.getObject(2, UUID.class)), SignalKind.valueOf(rs.getString(3)),
                rs.getString(4), Arrays.stream(labels).map(BankLabel::parse).toList(),
                new Provenance(rs.getString(6), rs.getObject(7, UUID.class), SourceKind.valueOf(rs.getString(8)),
                        rs.getString(9), rs.getTimestamp(10).toInstant()),
                rs.getBoolean(11), rs.getTimestamp(12).toInstant(), rs.getLong(13));
    }

    static String kinds(Set<SignalKind> kinds) {
        return EnumSet.copyOf(kinds).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<SignalKind> parseKinds(String text) {
        return Arrays.stream(text.split(",")).map(SignalKind::valueOf).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(SignalKind.class)));
    }

    static String codes(List<BankLabel> labels) {
        return labels.stream().distinct().map(BankLabel::code).collect(Collectors.joining(","));
    }
}
