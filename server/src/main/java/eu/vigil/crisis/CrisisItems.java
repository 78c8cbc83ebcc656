package eu.vigil.crisis;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.bank.BankEntry;
import eu.vigil.bank.BankFormat;
import eu.vigil.bank.BankId;
import eu.vigil.bank.BankImport;
import eu.vigil.bank.Banks;
import eu.vigil.bank.Changes;
import eu.vigil.bank.ImportReport;
import eu.vigil.bank.SignalKind;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.StateConflict;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crisis hash list (R42, ADR 0031): participants share hashes and URLs on the crisis bank, one by one or in
 * bulk through {@link BankImport} (its per-row report comes back); the sharer or the coordinator withdraws an item
 * (the bank entry is disabled, replicas receive the tombstone); each provider marks an item found on its service or
 * removed from it ({@link ItemStatus}). Every change is one {@link CrisisEvent}.
 */
@Service
public class CrisisItems {

    /** Items shown on the board, newest first. */
    public static final int SHOWN = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An item to share: signal type (PDQ, MD5, SHA256, URL), value, optional taxonomy labels. */
    public record NewItem(String signalType, String value, List<String> labels) {
    }

    /** What an upload did: the bank import's per-row report and the ids of the entries it added. */
    public record Shared(ImportReport report, List<Long> entryIds) {
    }

    /** One provider's status of an item, with its times. */
    public record Spread(UUID organisation, ItemStatus status, Instant reportedAt, Instant foundAt, Integer foundCount,
            Instant removedAt, Integer removedCount) {
    }

    /** An item of the list with its spread per provider (providers that neither shared nor marked it are absent). */
    public record Item(long entryId, SignalKind signalType, String value, UUID sharedBy, String sharedByName,
            Instant sharedAt, Instant withdrawnAt, Map<UUID, Spread> spread) {

        /** The value shortened for the board: hashes to their first and last 8 digits, URLs to 60 characters. */
        public String shortValue() {
            if (signalType == SignalKind.URL) {
                return value.length() <= 60 ? value : value.substring(0, 57) + "…";
            }
            return value.length() <= 20 ? value : value.substring(0, 8) + "…" + value.substring(value.length() - 8);
        }
    }

    /** A provider's totals over the whole list (withdrawn items left out). */
    public record ProviderTotals(UUID organisation, String name, long reported, long found, long removed) {
    }

    /**
     * The list as the board shows it.
     *
     * @param bank      the crisis bank, once the crisis was activated
     * @param items     the newest {@value #SHOWN} items
     * @param total     items on the list (not withdrawn)
     * @param withdrawn items withdrawn
     * @param mayShare  whether the reader may share items now
     */
    public record Section(CrisisId crisis, Optional<BankId> bank, List<Item> items, long total, long withdrawn,
            List<ProviderTotals> providers, boolean mayShare, UUID reader, boolean readerIsProvider,
            boolean coordinator) {

        /** Whether the reader may mark {@code item} with {@code to} now (the crisis open, the item on the list). */
        public boolean may(Item item, ItemStatus to) {
            return mayShare && item.withdrawnAt() == null && ItemStatus.mark(readerIsProvider, current(item, reader), to)
                    instanceof ItemStatus.Allowed;
        }

        /** The name of an organisation in an item's spread: a provider's, or the sharer's. */
        public String nameOf(Item item, UUID organisation) {
            return providers.stream().filter(p -> p.organisation().equals(organisation)).map(ProviderTotals::name)
                    .findFirst().orElse(item.sharedBy().equals(organisation) ? item.sharedByName() : "?");
        }

        /** Whether the reader may withdraw {@code item}: its sharer or the coordinator, while the crisis is open. */
        public boolean mayWithdraw(Item item) {
            return mayShare && item.withdrawnAt() == null && (coordinator || item.sharedBy().equals(reader));
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Crises crises;
    private final CrisisBanks lists;
    private final CrisisParticipants participants;
    private final Banks banks;
    private final BankImport imports;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    CrisisItems(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, Clock clock, Crises crises,
            CrisisBanks lists, CrisisParticipants participants, Banks banks, BankImport imports,
            Organisations organisations, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.clock = clock;
        this.crises = crises;
        this.lists = lists;
        this.participants = participants;
        this.banks = banks;
        this.imports = imports;
        this.organisations = organisations;
        this.events = events;
    }

    /** Shares items given as a list (one or many); rows are checked as the bank import checks them. */
    public Shared share(Actor actor, CrisisId id, List<NewItem> items) {
        new eu.vigil.shared.Violations().check(items == null || items.isEmpty(), "items", "share at least one item")
                .throwIfPresent();
        String reference = crises.get(actor, id).reference();
        List<Map<String, Object>> rows = items.stream().map(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("signal_type", i.signalType());
            row.put("value", i.value());
            row.put("labels", i.labels() == null ? List.of() : i.labels());
            row.put("source_kind", "CRISIS");
            row.put("source_id", reference);
            return row;
        }).toList();
        return share(actor, id, BankFormat.JSON, new ByteArrayInputStream(JSON.writeValueAsBytes(rows)), reference);
    }

    /**
     * Shares an uploaded file in the bank import's formats (CSV with a header, or a JSON array): good rows are
     * added even when others are refused; the report names each refused row. One {@code crisis.items_shared}.
     */
    public Shared share(Actor actor, CrisisId id, BankFormat format, InputStream in, String sourceName) {
        CrisisCase crisis = crises.get(actor, id);
        if (!crisis.wasActivated() || CrisisRules.participate(crisis.phase()) instanceof CrisisTransition.Refused) {
            throw new StateConflict("NOT_ACTIVE", crisis.phase().name(),
                    "Items are shared on the crisis list once the Protocol is activated and while the crisis is open.");
        }
        BankId bank = lists.bankOf(id).orElseThrow(() -> new StateConflict("NOT_ACTIVE", crisis.phase().name(),
                "The crisis has no hash list yet."));
        UUID org = actor.organisationId().value();
        lists.ensureShare(actor.auditor(), bank, org);
        long before = banks.checkpoint(actor, bank);
        Instant started = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ImportReport report = imports.importEntries(actor, bank, format, in, sourceName);
        List<BankEntry> added = new ArrayList<>();
        for (long since = before;;) {
            Changes page = banks.changes(actor, bank, since, Changes.MAX_LIMIT);
            page.changes().stream().filter(e -> e.enabled() && org.equals(e.provenance().organisation())
                    && actor.auditor().label().equals(e.provenance().addedBy())
                    && !e.provenance().addedAt().isBefore(started)).forEach(added::add);
            since = page.checkpoint();
            if (!page.more()) {
                break;
            }
        }
        List<Long> ids = added.stream().map(BankEntry::id).toList();
        if (!added.isEmpty()) {
            transactions.executeWithoutResult(status -> record(actor, id, added));
        }
        return new Shared(report, ids);
    }

    private void record(Actor actor, CrisisId id, List<BankEntry> added) {
        batch.batchUpdate("""
                insert into crisis_item (crisis_id, entry_id, signal_type, value, shared_by, shared_at)
                values (?,?,?,?,?,?) on conflict do nothing""", added.stream().map(e -> new Object[] {id.value(), e.id(),
                e.signalType().name(), e.value(), actor.organisationId().value(),
                Timestamp.from(e.provenance().addedAt())}).toList());
        CrisisCase crisis = crises.load(id).orElseThrow();
        Instant first = added.stream().map(e -> e.provenance().addedAt()).min(Instant::compareTo).orElseThrow();
        events.publishEvent(new CrisisEvent(CrisisEvent.ITEMS_SHARED, crisis, first, actor.auditor(), participants.all(),
                actor.organisationName() + " shared " + added.size() + " item(s) on the hash list of crisis "
                        + crisis.reference() + ".",
                Map.of("organisation", actor.organisationId().toString(), "count", added.size(),
                        "entryIds", added.stream().map(BankEntry::id).toList(), "firstEntryAt", first.toString())));
    }

    /** The sharer or the coordinator withdraws an item: the entry is disabled (a tombstone in the delta feed). */
    @Transactional
    public void withdraw(Actor actor, CrisisId id, long entryId) {
        CrisisCase crisis = crises.get(actor, id);
        if (CrisisRules.participate(crisis.phase()) instanceof CrisisTransition.Refused r) {
            throw new StateConflict(r.reason().name(), r.phase().name(),
                    "The crisis is closed: its list is kept for reading, no more marks or withdrawals.");
        }
        Item item = lockItem(id, entryId);
        if (!item.sharedBy().equals(actor.organisationId().value()) && !CrisisParticipants.coordinator(actor)) {
            throw new Forbidden("only the organisation that shared an item, or Europol's coordinator, withdraws it");
        }
        if (item.withdrawnAt() != null) {
            return;
        }
        BankId bank = lists.bankOf(id).orElseThrow();
        lists.ensureShare(actor.auditor(), bank, actor.organisationId().value());
        banks.setEnabled(actor, bank, entryId, false);
        Instant now = clock.instant();
        jdbc.sql("update crisis_item set withdrawn_at = ?, withdrawn_by = ? where crisis_id = ? and entry_id = ?")
                .params(Timestamp.from(now), actor.auditor().label(), id.value(), entryId).update();
        events.publishEvent(new CrisisEvent(CrisisEvent.ITEM_WITHDRAWN, crisis, now, actor.auditor(), participants.all(),
                actor.organisationName() + " withdrew a " + item.signalType() + " item from the list of crisis "
                        + crisis.reference() + ".", facts(actor, item)));
    }

    /** A provider marks an item FOUND on its service or REMOVED from it, for itself (R42). */
    @Transactional
    public ItemStatus mark(Actor actor, CrisisId id, long entryId, ItemStatus to, Integer count) {
        CrisisCase crisis = crises.get(actor, id);
        if (to == null) {
            throw InvalidInput.of("status", "choose FOUND or REMOVED");
        }
        if (count != null && count < 0) {
            throw InvalidInput.of("count", "must not be negative");
        }
        if (CrisisRules.participate(crisis.phase()) instanceof CrisisTransition.Refused r) {
            throw new StateConflict(r.reason().name(), r.phase().name(),
                    "The crisis is closed: its list is kept for reading, no more marks or withdrawals.");
        }
        Item item = lockItem(id, entryId);
        if (item.withdrawnAt() != null) {
            throw new StateConflict("WITHDRAWN", crisis.phase().name(), "The item was withdrawn from the list.");
        }
        UUID org = actor.organisationId().value();
        switch (ItemStatus.mark(actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER, current(item, org), to)) {
            case ItemStatus.Refused r when r.reason() == ItemStatus.Refusal.NOT_A_PROVIDER ->
                    throw new Forbidden("only providers mark items found on or removed from their service");
            case ItemStatus.Refused r when r.reason() == ItemStatus.Refusal.NOT_MARKABLE ->
                    throw InvalidInput.of("status", "choose FOUND or REMOVED");
            case ItemStatus.Refused r -> throw new StateConflict(r.reason().name(), crisis.phase().name(),
                    "Your organisation's status of this item is already " + current(item, org).orElseThrow() + ".");
            case ItemStatus.Allowed a -> write(actor, id, entryId, a.to(), count);
        }
        Instant now = clock.instant();
        var told = new ArrayList<>(participants.europol());
        told.add(item.sharedBy());
        told.add(org);
        Map<String, Object> facts = new HashMap<>(facts(actor, item));
        if (count != null) {
            facts.put("count", count);
        }
        events.publishEvent(new CrisisEvent(to == ItemStatus.FOUND ? CrisisEvent.ITEM_FOUND : CrisisEvent.ITEM_REMOVED,
                crisis, now, actor.auditor(), told, actor.organisationName() + (to == ItemStatus.FOUND ? " found" : " removed")
                        + " a " + item.signalType() + " item of crisis " + crisis.reference()
                        + (to == ItemStatus.FOUND ? " on" : " from") + " its service.", facts));
        return to;
    }

    private void write(Actor actor, CrisisId id, long entryId, ItemStatus to, Integer count) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean found = to == ItemStatus.FOUND;
        jdbc.sql("""
                insert into crisis_item_status (crisis_id, entry_id, organisation_id, status, found_at, found_count,
                    removed_at, removed_count, marked_by) values (?,?,?,?,?,?,?,?,?)
                on conflict (crisis_id, entry_id, organisation_id) do update set status = excluded.status,
                    removed_at = excluded.removed_at, removed_count = excluded.removed_count,
                    marked_by = excluded.marked_by""")
                .params(id.value(), entryId, actor.organisationId().value(), to.name(), found ? now : null,
                        found ? count : null, found ? null : now, found ? null : count, actor.auditor().label())
                .update();
    }

    private static Map<String, Object> facts(Actor actor, Item item) {
        return Map.of("organisation", actor.organisationId().toString(), "entryId", item.entryId(),
                "signalType", item.signalType().name());
    }

    static Optional<ItemStatus> current(Item item, UUID org) {
        Spread s = item.spread().get(org);
        return s == null ? Optional.empty() : Optional.of(s.status());
    }

    /** The list as the board shows it, to a participant. */
    public Section section(Actor actor, CrisisId id) {
        CrisisCase crisis = crises.get(actor, id);
        Optional<BankId> bank = lists.bankOf(id);
        Map<UUID, String> names = new HashMap<>();
        organisations.all().forEach(o -> names.put(o.id().value(), o.name()));
        List<Item> items = items(id, " order by shared_at desc, entry_id desc limit " + SHOWN, names);
        long total = count("select count(*) from crisis_item where crisis_id = ? and withdrawn_at is null", id);
        long withdrawn = count("select count(*) from crisis_item where crisis_id = ? and withdrawn_at is not null", id);
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        participants.providers().forEach(p -> counts.put(p, new long[3]));
        jdbc.sql("""
                select shared_by, count(*) from crisis_item where crisis_id = ? and withdrawn_at is null
                group by shared_by""").param(id.value()).query(rs -> {
                    long[] c = counts.get(rs.getObject(1, UUID.class));
                    if (c != null) {
                        c[0] = rs.getLong(2);
                    }
                });
        jdbc.sql("""
                select s.organisation_id, count(s.found_at), count(*) filter (where s.status = 'REMOVED')
                from crisis_item_status s join crisis_item i on i.crisis_id = s.crisis_id and i.entry_id = s.entry_id
                where s.crisis_id = ? and i.withdrawn_at is null group by s.organisation_id""").param(id.value())
                .query(rs -> {
                    long[] c = counts.get(rs.getObject(1, UUID.class));
                    if (c != null) {
                        c[1] = rs.getLong(2);
                        c[2] = rs.getLong(3);
                    }
                });
        List<ProviderTotals> providers = counts.entrySet().stream().map(e -> new ProviderTotals(e.getKey(),
                names.getOrDefault(e.getKey(), "?"), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        boolean mayShare = bank.isPresent() && crisis.wasActivated()
                && CrisisRules.participate(crisis.phase()) instanceof CrisisTransition.Allowed;
        return new Section(id, bank, items, total, withdrawn, providers, mayShare, actor.organisationId().value(),
                actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER, CrisisParticipants.coordinator(actor));
    }

    /** Every item still on the list (for the exports), oldest first, to a participant. */
    public List<Item> current(Actor actor, CrisisId id) {
        crises.get(actor, id);
        return items(id, " and withdrawn_at is null order by shared_at, entry_id", Map.of());
    }

    private long count(String sql, CrisisId id) {
        return jdbc.sql(sql).param(id.value()).query(Long.class).single();
    }

    private Item lockItem(CrisisId id, long entryId) {
        jdbc.sql("select entry_id from crisis_item where crisis_id = ? and entry_id = ? for update")
                .params(id.value(), entryId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("no item " + entryId + " on crisis " + id));
        return items(id, " and entry_id = " + entryId, Map.of()).getFirst();
    }

    private List<Item> items(CrisisId id, String tail, Map<UUID, String> names) {
        List<Item> items = jdbc.sql("select * from crisis_item where crisis_id = ?" + tail).param(id.value())
                .query((rs, n) -> {
                    UUID by = rs.getObject("shared_by", UUID.class);
                    Instant at = rs.getTimestamp("shared_at").toInstant();
                    Map<UUID, Spread> spread = new LinkedHashMap<>();
                    spread.put(by, new Spread(by, ItemStatus.REPORTED, at, null, null, null, null));
                    return new Item(rs.getLong("entry_id"), SignalKind.valueOf(rs.getString("signal_type")),
                            rs.getString("value"), by, names.getOrDefault(by, "?"), at,
                            CrisisRows.instant(rs, "withdrawn_at"), spread);
                }).list();
        if (items.isEmpty() || items.size() > SHOWN) {
            return items;
        }
        Map<Long, Item> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.entryId(), i));
        jdbc.sql("select * from crisis_item_status where crisis_id = ? and entry_id = any(?)")
                .params(id.value(), byId.keySet().toArray(Long[]::new)).query(rs -> {
                    Item item = byId.get(rs.getLong("entry_id"));
                    UUID org = rs.getObject("organisation_id", UUID.class);
                    Spread before = item.spread().get(org);
                    item.spread().put(org, new Spread(org, ItemStatus.valueOf(rs.getString("status")),
                            before == null ? null : before.reportedAt(), CrisisRows.instant(rs, "found_at"),
                            (Integer) rs.getObject("found_count"), CrisisRows.instant(rs, "removed_at"),
                            (Integer) rs.getObject("removed_count")));
                });
        return items;
    }
}
