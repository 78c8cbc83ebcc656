package eu.vigil.referral;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.deconfliction.Duplicate;
import eu.vigil.identity.Actor;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.ContentUrl;
import eu.vigil.shared.CsvReader;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.Limits;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.Violations;

/**
 * Referral action days: imports a campaign's upload (CSV, one item per row) and sends one referral per provider,
 * category and language, each checked like a single referral (deconfliction holds, duplicate warnings). Every row
 * gets its result, refused rows with the reason; a refused row never stops the others. The whole import is one
 * transaction: either every row has its result or nothing was sent.
 *
 * <p>Columns (header row, any order, case-insensitive): {@code provider} (name or id of a provider on Vigil),
 * {@code url}, {@code hash} ({@code type:value}, or with {@code hash_type}), {@code terms_clause}, {@code category},
 * {@code language}, {@code account}. Empty {@code category}, {@code terms_clause} take the campaign's defaults.
 */
@Service
public class ActionDays {

    /** Most rows one upload may hold. */
    public static final int MAX_ROWS = 20_000;

    private final Referrals referrals;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ActionDays(Referrals referrals, JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * The campaign's settings.
     *
     * @param name                   the campaign's name
     * @param fileName               the upload's name, optional
     * @param category               default category for rows without one
     * @param termsClause            default terms-of-service clause for rows without one
     * @param requestedResponseHours response time asked for, empty for the default
     * @param override               justification for sending items under investigation, or empty to hold them
     */
    public record Campaign(String name, String fileName, String category, String termsClause, Integer requestedResponseHours,
            String override) {
    }

    /** The imported day with every row's result. */
    public record Imported(ActionDay day, List<ActionDay.Row> rows) {
    }

    /**
     * Imports an upload and sends its referrals.
     *
     * @throws InvalidInput when the campaign's own fields or the file as a whole are wrong (no header, too many rows)
     */
    @Transactional
    public Imported importCsv(Actor actor, Campaign campaign, String csv) {
        Referrals.requireSenderOf(actor);
        Violations v = new Violations()
                .check(campaign.name() == null || campaign.name().isBlank(), "name", "name the campaign")
                .check(campaign.category() != null && !campaign.category().isBlank()
                        && eu.vigil.crimearea.ContentCategory.named(campaign.category()).isEmpty(), "category",
                        "choose what the content is");
        Limits.checkLength(v, "name", campaign.name(), Limits.NAME);
        v.throwIfPresent();
        List<List<String>> records = read(csv);
        List<String> header = records.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
        for (String required : List.of("provider", "url")) {
            if (!header.contains(required)) {
                throw InvalidInput.of("file", "the header row needs the column '" + required
                        + "' (columns: provider, url, hash, hash_type, terms_clause, category, language, account)");
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ActionDay day = new ActionDay(UUID.randomUUID(), actor.organisationId().value(), campaign.name().strip(),
                blankToNull(campaign.fileName()), now, actor.auditor().label(), records.size() - 1);
        jdbc.sql("insert into referral_action_day (id, sender_id, name, file_name, created_at, created_by, row_count) values (?,?,?,?,?,?,?)")
                .params(day.id(), day.senderId(), day.name(), day.fileName(), Timestamp.from(now), day.createdBy(), day.rowCount())
                .update();
        Map<String, Organisation> providers = new HashMap<>();
        for (Organisation o : referrals.addressees()) {
            providers.put(o.id().value().toString(), o);
            providers.putIfAbsent(o.name().strip().toLowerCase(Locale.ROOT), o);
        }
        ActionDay.Row[] results = new ActionDay.Row[records.size() - 1];
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < records.size(); r++) {
            Map<String, String> row = cells(header, records.get(r));
            String providerText = row.getOrDefault("provider", "");
            String url = row.getOrDefault("url", "").strip();
            Organisation provider = providers.get(providerText.strip().toLowerCase(Locale.ROOT));
            String category = row.getOrDefault("category", "").isBlank() ? campaign.category() : row.get("category");
            String clause = row.getOrDefault("terms_clause", "").isBlank() ? campaign.termsClause() : row.get("terms_clause");
            String language = row.getOrDefault("language", "");
            ReferralRequest single = new ReferralRequest(provider == null ? null : provider.id().value(), category, language,
                    campaign.requestedResponseHours(), null, List.of(new ReferralRequest.Item(url, row.get("hash_type"),
                            row.get("hash"), clause, row.get("account"))));
            Violations checked = new Violations();
            referrals.prepare(single, checked, "");
            Violations problems = new Violations();
            checked.errors().stream().filter(e -> provider != null || !e.field().equals("providerId"))
                    .forEach(e -> problems.add(e.field(), e.message()));
            if (provider == null) {
                problems.add("provider", providerText.isBlank() ? "name the provider" : "no provider '" + providerText.strip() + "' on Vigil");
            }
            String key = provider == null || !problems.isEmpty() ? null : provider.id() + " " + ContentUrl.key(url);
            Integer earlier = key == null ? null : seen.get(key);
            if (problems.isEmpty() && earlier != null) {
                problems.add("url", "repeats row " + earlier + " for the same provider");
            }
            if (!problems.isEmpty()) {
                results[r - 1] = new ActionDay.Row(r, ActionDay.RowStatus.REFUSED, providerText.strip(), url, null, null, null,
                        problems.errors().stream().map(e -> label(e.field()) + ": " + e.message()).distinct()
                                .reduce((a, b) -> a + "; " + b).orElse(""));
                continue;
            }
            seen.put(key, r);
            String groupKey = provider.id() + "|" + single.contentCategory().orElseThrow() + "|"
                    + language.strip().toLowerCase(Locale.ROOT);
            Group g = groups.computeIfAbsent(groupKey + "|0", k -> new Group(provider, single));
            if (g.rows.size() == Limits.ITEMS) {
                int part = 1;
                while (groups.containsKey(groupKey + "|" + part) && groups.get(groupKey + "|" + part).rows.size() == Limits.ITEMS) {
                    part++;
                }
                g = groups.computeIfAbsent(groupKey + "|" + part, k -> new Group(provider, single));
            }
            g.rows.add(r);
            g.items.add(single.items().getFirst());
            g.urls.add(url);
        }
        List<Referrals.Prepared> prepared = new ArrayList<>();
        List<Group> ordered = new ArrayList<>(groups.values());
        for (Group g : ordered) {
            ReferralRequest request = new ReferralRequest(g.provider.id().value(), g.first.category(), g.first.language(),
                    campaign.requestedResponseHours(), null, g.items);
            prepared.add(referrals.prepare(request, new Violations(), ""));
        }
        List<Referrals.Sent> sent = referrals.dispatch(actor, prepared, day.id(), blankToNull(campaign.override()));
        for (int i = 0; i < sent.size(); i++) {
            Referrals.Sent s = sent.get(i);
            Group g = ordered.get(i);
            Map<Integer, Duplicate> dup = new HashMap<>();
            s.duplicates().forEach(d -> dup.putIfAbsent(d.position(), d));
            for (int p = 0; p < g.rows.size(); p++) {
                int position = p + 1;
                ReferralItem item = s.referral().items().get(p);
                ActionDay.RowStatus status;
                String message = null;
                if (s.held()) {
                    status = ActionDay.RowStatus.HELD;
                    message = item.held() ? "under investigation by another organisation: held for deconfliction"
                            : "in a referral held for deconfliction";
                } else if (dup.containsKey(position)) {
                    Duplicate d = dup.get(position);
                    status = ActionDay.RowStatus.DUPLICATE;
                    message = "already open in " + d.existing().reference() + " sent by " + d.sender();
                } else {
                    status = ActionDay.RowStatus.REFERRED;
                }
                results[g.rows.get(p) - 1] = new ActionDay.Row(g.rows.get(p), status, g.provider.name(), g.urls.get(p),
                        s.referral().id().value(), s.referral().reference(), position, message);
            }
        }
        List<ActionDay.Row> rows = List.of(results);
        batch.batchUpdate("""
                insert into referral_action_day_row (action_day_id, row_number, status, provider, url, referral_id, position, message)
                values (?,?,?,?,?,?,?,?)""", rows.stream().map(x -> new Object[] {day.id(), x.row(), x.status().name(),
                x.provider(), x.url(), x.referral(), x.position(), x.message()}).toList());
        return new Imported(day, rows);
    }

    private static final class Group {
        final Organisation provider;
        final ReferralRequest first;
        final List<Integer> rows = new ArrayList<>();
        final List<ReferralRequest.Item> items = new ArrayList<>();
        final List<String> urls = new ArrayList<>();

        Group(Organisation provider, ReferralRequest first) {
            this.provider = provider;
            this.first = first;
        }
    }

    private static String label(String field) {
        return field.replaceFirst("^items\\[0]\\.", "").replace("termsClause", "terms_clause").replace("providerId", "provider");
    }

    private static List<List<String>> read(String csv) {
        if (csv == null || csv.isBlank()) {
            throw InvalidInput.of("file", "the file is empty: a header row and one row per item");
        }
        List<List<String>> records = new ArrayList<>();
        try {
            CsvReader reader = new CsvReader(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv));
            for (List<String> rec = reader.next(); rec != null; rec = reader.next()) {
                if (!reader.blank()) {
                    records.add(rec);
                }
                if (records.size() > MAX_ROWS + 1) {
                    throw InvalidInput.of("file", "at most " + MAX_ROWS + " rows per upload: split the campaign");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidInput.of("file", "not a CSV file: " + e.getMessage());
        }
        if (records.size() < 2) {
            throw InvalidInput.of("file", "the file has no rows: a header row and one row per item");
        }
        return records;
    }

    private static Map<String, String> cells(List<String> header, List<String> record) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            row.put(header.get(i), record.get(i) == null ? "" : record.get(i));
        }
        return row;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The sender's action days, newest first (the Commission sees all). */
    public List<ActionDay> visibleTo(Actor actor) {
        String where = actor.kind() == OrganisationKind.COMMISSION ? "true" : "sender_id = ?";
        var spec = jdbc.sql("select * from referral_action_day where " + where + " order by created_at desc limit 200");
        if (actor.kind() != OrganisationKind.COMMISSION) {
            spec = spec.param(actor.organisationId().value());
        }
        return spec.query((rs, n) -> new ActionDay(rs.getObject("id", UUID.class), rs.getObject("sender_id", UUID.class),
                rs.getString("name"), rs.getString("file_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getInt("row_count"))).list();
    }

    /** One action day, for its sender or the Commission. */
    public ActionDay get(Actor actor, UUID id) {
        return visibleTo(actor).stream().filter(d -> d.id().equals(id)).findFirst()
                .or(() -> jdbc.sql("select * from referral_action_day where id = ?").param(id)
                        .query((rs, n) -> new ActionDay(rs.getObject("id", UUID.class), rs.getObject("sender_id", UUID.class),
                                rs.getString("name"), rs.getString("file_name"), rs.getTimestamp("created_at").toInstant(),
                                rs.getString("created_by"), rs.getInt("row_count"))).optional()
                        .filter(d -> d.senderId().equals(actor.organisationId().value())
                                || actor.kind() == OrganisationKind.COMMISSION))
                .orElseThrow(() -> new NotFound("action day " + id));
    }

    /** Every row's result, in file order. */
    public List<ActionDay.Row> rows(Actor actor, UUID id) {
        get(actor, id);
        return jdbc.sql("""
                select x.*, r.reference from referral_action_day_row x left join referral r on r.id = x.referral_id
                where x.action_day_id = ? order by x.row_number""").param(id)
                .query((rs, n) -> new ActionDay.Row(rs.getInt("row_number"), ActionDay.RowStatus.valueOf(rs.getString("status")),
                        rs.getString("provider"), rs.getString("url"), rs.getObject("referral_id", UUID.class),
                        rs.getString("reference"), (Integer) rs.getObject("position"), rs.getString("message")))
                .list();
    }

    /** The campaign per provider and in total, as its referrals stand now. */
    public ActionDay.Summary summary(Actor actor, UUID id) {
        ActionDay day = get(actor, id);
        Map<ActionDay.RowStatus, Integer> statuses = new EnumMap<>(ActionDay.RowStatus.class);
        jdbc.sql("select status, count(*) from referral_action_day_row where action_day_id = ? group by status").param(id)
                .query((rs, n) -> statuses.put(ActionDay.RowStatus.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return ActionDay.Summary.of(day, referrals.ofActionDay(id), statuses);
    }
}
