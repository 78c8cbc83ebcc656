package eu.vigil.notice;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.crimearea.ContentCategory;
import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.registry.ReferenceData;
import eu.vigil.shared.CanonicalJson;
import eu.vigil.shared.Forbidden;

/**
 * The Commission's list of trusted flaggers (DSA Art. 22(5), R56), loaded from its file in CSV or JSON. An import
 * replaces the list with the file's good rows and reports every bad row with its number, column and reason; it is
 * audited. A notice is prioritised when its sender is a listed flagger whose status is awarded and the notice's
 * category lies within the flagger's areas of expertise ({@link #assess}). A listed entry names its organisation on
 * Vigil by id; an entry without one matches the organisation of the same name (case ignored).
 */
@Service
public class TrustedFlaggers {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;
    private final AuditLog audit;
    private final Organisations organisations;
    private final ReferenceData reference;

    TrustedFlaggers(JdbcClient jdbc, JdbcTemplate batch, Clock clock, AuditLog audit, Organisations organisations,
            ReferenceData reference) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.audit = audit;
        this.organisations = organisations;
        this.reference = reference;
    }

    /** One rejected row of an import; rows count from 1 (the CSV header is row 0). */
    public record RowError(int row, String column, String message) {
    }

    /**
     * What an import did.
     *
     * @param rows     data rows in the file
     * @param accepted rows taken into the list
     * @param replaced whether the list was replaced (not when no row was good)
     * @param errors   every rejected row's errors
     */
    public record Report(int rows, int accepted, boolean replaced, List<RowError> errors) {
    }

    /** The columns of the file (CSV header, JSON keys). */
    public static String columns() {
        return TrustedFlaggerFile.COLUMNS;
    }

    /** Whether the actor may import the list: an operator of the Commission, which keeps it (Art. 22(5)). */
    public static boolean mayImport(Actor actor) {
        return actor.kind() == OrganisationKind.COMMISSION && actor.has(Role.OPERATOR);
    }

    /**
     * Imports the Commission's list from a file.
     *
     * @param json     whether the file is JSON (else CSV)
     * @param fileName the file's name, optional
     * @throws eu.vigil.shared.InvalidInput naming {@code file} when the file cannot be read at all
     */
    @Transactional
    public Report importFile(Actor actor, boolean json, String content, String fileName) {
        if (!mayImport(actor)) {
            throw new Forbidden("the Commission keeps the list of trusted flaggers (DSA Art. 22(5))");
        }
        var parsed = TrustedFlaggerFile.parse(json ? TrustedFlaggerFile.Format.JSON : TrustedFlaggerFile.Format.CSV,
                content, reference::isEuMemberState, id -> organisations.find(new OrganisationId(id)).isPresent());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean replace = !parsed.flaggers().isEmpty();
        List<RowError> errors = parsed.errors().stream().map(e -> new RowError(e.row(), e.column(), e.message())).toList();
        if (replace) {
            List<TrustedFlagger> before = all();
            jdbc.sql("delete from trusted_flagger").update();
            batch.batchUpdate("""
                    insert into trusted_flagger (id, name, member_state, areas, categories, organisation_id, status,
                        status_date, imported_at, imported_by) values (?,?,?,?,?,?,?,?,?,?)""",
                    parsed.flaggers().stream().map(f -> new Object[] {f.id(), f.name(), f.memberState(),
                            f.areas().stream().map(Enum::name).sorted().toArray(String[]::new),
                            f.categories().stream().map(Enum::name).sorted().toArray(String[]::new), f.organisationId(),
                            f.status().name(), java.sql.Date.valueOf(f.statusDate()), Timestamp.from(now),
                            actor.auditor().label()}).toList());
            audit.append(actor.auditor(), new AuditEvent("trusted_flaggers.imported", "trusted_flagger_list", "commission",
                    Map.of("entries", before.size()), Map.of("entries", parsed.flaggers().size()),
                    Map.of("file", fileName == null ? "" : fileName, "rows", parsed.rows(), "rejected", errors.size())));
        }
        jdbc.sql("""
                insert into trusted_flagger_import (id, imported_at, imported_by, file_name, format, rows, accepted, errors)
                values (?,?,?,?,?,?,?,?)""").params(UUID.randomUUID(), Timestamp.from(now), actor.auditor().label(),
                fileName, json ? "JSON" : "CSV", parsed.rows(), parsed.flaggers().size(), CanonicalJson.write(errors))
                .update();
        return new Report(parsed.rows(), parsed.flaggers().size(), replace, errors);
    }

    /** The list as loaded, by name. */
    public List<TrustedFlagger> all() {
        return jdbc.sql("select * from trusted_flagger order by lower(name), member_state").query(TrustedFlaggers::map).list();
    }

    /** When the list was last replaced and by whom, if ever. */
    public Optional<Instant> loadedAt() {
        return jdbc.sql("select max(imported_at) from trusted_flagger").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Whether a notice of {@code category} from the organisation is prioritised (Art. 22(1)) and why: the listed
     * entry linked to the organisation, else the one of the same name; none → not prioritised.
     */
    public Priority assess(UUID organisationId, String organisationName, ContentCategory category) {
        List<TrustedFlagger> linked = jdbc.sql("select * from trusted_flagger where organisation_id = ?")
                .param(organisationId).query(TrustedFlaggers::map).list();
        List<TrustedFlagger> candidates = !linked.isEmpty() ? linked : jdbc.sql(
                "select * from trusted_flagger where organisation_id is null and lower(name) = ?")
                .param(organisationName.strip().toLowerCase(Locale.ROOT)).query(TrustedFlaggers::map).list();
        if (candidates.isEmpty()) {
            return Priority.notListed();
        }
        List<Priority> assessed = candidates.stream().map(f -> f.assess(category)).toList();
        return assessed.stream().filter(Priority::prioritised).findFirst().orElse(assessed.getFirst());
    }

    private static TrustedFlagger map(ResultSet rs, int n) throws SQLException {
        EnumSet<CrimeArea> areas = EnumSet.noneOf(CrimeArea.class);
        names(rs.getArray("areas")).forEach(a -> areas.add(CrimeArea.valueOf(a)));
        EnumSet<ContentCategory> categories = EnumSet.noneOf(ContentCategory.class);
        names(rs.getArray("categories")).forEach(c -> categories.add(ContentCategory.valueOf(c)));
        return new TrustedFlagger(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("member_state"),
                areas, categories, rs.getObject("organisation_id", UUID.class),
                TrustedFlagger.Status.valueOf(rs.getString("status")), rs.getDate("status_date").toLocalDate());
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
