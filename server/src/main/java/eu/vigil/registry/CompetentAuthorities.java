package eu.vigil.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.audit.Auditor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.PlainText;
import eu.vigil.shared.Violations;

/**
 * The versioned register of competent authorities. Reads take a moment in time and return the versions in
 * force then, so a historic record shows the authority data valid at its date (R50).
 */
@Service
public class CompetentAuthorities {

    private static final String SELECT = """
            select a.code, a.member_state, v.* from competent_authority a
            join competent_authority_version v on v.authority_id = a.id""";
    private static final String IN_FORCE = " v.valid_from <= :at and (v.valid_until is null or v.valid_until > :at)";

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    CompetentAuthorities(JdbcClient jdbc, ReferenceData reference, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Authorities in force at {@code at}, by Member State and name. */
    public List<CompetentAuthority> asOf(Instant at) {
        return jdbc.sql(SELECT + " where" + IN_FORCE + " order by a.member_state, v.name")
                .param("at", Timestamp.from(at)).query((rs, n) -> map(rs)).list();
    }

    /** Every EU Member State with its authorities at {@code at}, including states with none. */
    public List<MemberStateOverview> overview(Instant at) {
        Map<String, List<CompetentAuthority>> byState = new HashMap<>();
        for (CompetentAuthority a : asOf(at)) {
            byState.computeIfAbsent(a.memberState(), k -> new java.util.ArrayList<>()).add(a);
        }
        return reference.euMemberStates().stream()
                .map(ms -> new MemberStateOverview(ms, byState.getOrDefault(ms.code(), List.of())))
                .toList();
    }

    /** One Member State at {@code at}. */
    public Optional<MemberStateOverview> overview(String memberState, Instant at) {
        return reference.memberState(memberState).filter(MemberState::euMember).map(ms -> new MemberStateOverview(ms,
                asOf(at).stream().filter(a -> a.memberState().equals(ms.code())).toList()));
    }

    /** The version of one authority in force at {@code at}. */
    public Optional<CompetentAuthority> find(AuthorityId id, Instant at) {
        return jdbc.sql(SELECT + " where a.id = :id and" + IN_FORCE).param("id", id.value())
                .param("at", Timestamp.from(at)).query((rs, n) -> map(rs)).optional();
    }

    /** The version in force at {@code at} of the authority with this key. */
    public Optional<CompetentAuthority> findByCode(String code, Instant at) {
        return jdbc.sql(SELECT + " where a.code = :code and" + IN_FORCE).param("code", code)
                .param("at", Timestamp.from(at)).query((rs, n) -> map(rs)).optional();
    }

    /** All versions of one authority, oldest first. */
    public List<CompetentAuthority> history(AuthorityId id) {
        return jdbc.sql(SELECT + " where a.id = :id order by v.valid_from").param("id", id.value())
                .query((rs, n) -> map(rs)).list();
    }

    /** The newest version of an authority, whatever its validity. */
    Optional<CompetentAuthority> latest(String code) {
        return jdbc.sql(SELECT + " where a.code = :code order by v.valid_from desc limit 1").param("code", code)
                .query((rs, n) -> map(rs)).optional();
    }

    /** What applying one entry did. */
    public enum Outcome {
        CREATED, AMENDED, UNCHANGED
    }

    /**
     * Applies one register entry: creates the authority, adds a version from {@code validFrom} (closing the
     * previous one), or does nothing when the facts are unchanged.
     *
     * @throws InvalidInput when the entry's validity starts before the latest version's
     */
    @Transactional
    public Outcome apply(Auditor who, AuthorityEntry entry) {
        Violations names = new Violations();
        PlainText.checkName(names, "code", entry.code());
        PlainText.checkName(names, "name", entry.name());
        PlainText.checkName(names, "abbreviation", entry.abbreviation());
        PlainText.checkName(names, "contact_email", entry.contactEmail());
        PlainText.checkName(names, "contact_phone", entry.contactPhone());
        PlainText.checkName(names, "fax", entry.fax());
        PlainText.checkName(names, "postal_address", entry.postalAddress());
        PlainText.checkName(names, "redress_provisions", entry.redressProvisions());
        names.throwIfPresent();
        Optional<CompetentAuthority> latest = latest(entry.code());
        Instant now = clock.instant();
        if (latest.isEmpty()) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into competent_authority (id, code, member_state, created_at) values (?,?,?,?)")
                    .params(id, entry.code(), entry.memberState(), Timestamp.from(now)).update();
            insertVersion(id, entry, now, who);
            audit.append(who, new AuditEvent("authority.registered", "competent_authority", id.toString(), null, entry,
                    Map.of("code", entry.code(), "validFrom", entry.validFrom())));
            return Outcome.CREATED;
        }
        CompetentAuthority current = latest.get();
        if (!current.memberState().equals(entry.memberState())) {
            throw InvalidInput.of("member_state", "authority " + entry.code() + " belongs to " + current.memberState());
        }
        if (entry.sameFactsAs(current)) {
            return Outcome.UNCHANGED;
        }
        if (!entry.validFrom().isAfter(current.validFrom())) {
            throw InvalidInput.of("valid_from", "must be after " + current.validFrom()
                    + ", the start of the latest version of " + entry.code());
        }
        jdbc.sql("update competent_authority_version set valid_until = ? where id = ?")
                .params(Timestamp.from(entry.validFrom()), current.version()).update();
        insertVersion(current.id().value(), entry, now, who);
        audit.append(who, new AuditEvent("authority.amended", "competent_authority", current.id().value().toString(),
                current, entry, Map.of("code", entry.code(), "validFrom", entry.validFrom())));
        return Outcome.AMENDED;
    }

    private void insertVersion(UUID id, AuthorityEntry e, Instant now, Auditor who) {
        jdbc.sql("""
                insert into competent_authority_version (authority_id, name, abbreviation, role_issue, role_scrutinise,
                    role_specific_measures, role_penalties, contact_point, contact_email, contact_phone, source,
                    confidence, quality_note, valid_from, valid_until, recorded_at, recorded_by, authority_type,
                    postal_address, fax, redress_provisions)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,null,?,?,?,?,?,?)""")
                .params(id, e.name(), e.abbreviation(), e.roles().contains(AuthorityRole.ISSUE),
                        e.roles().contains(AuthorityRole.SCRUTINISE), e.roles().contains(AuthorityRole.SPECIFIC_MEASURES),
                        e.roles().contains(AuthorityRole.PENALTIES), e.contactPoint(), e.contactEmail(),
                        e.contactPhone(), e.source(), e.confidence().name(), e.qualityNote(),
                        Timestamp.from(e.validFrom()), Timestamp.from(now), who.label(),
                        e.type() == null ? null : e.type().name(), e.postalAddress(), e.fax(), e.redressProvisions())
                .update();
    }

    /** Sort order used on pages: Member State, then name. */
    public static final Comparator<CompetentAuthority> BY_STATE_AND_NAME =
            Comparator.comparing(CompetentAuthority::memberState).thenComparing(CompetentAuthority::name);

    private static CompetentAuthority map(ResultSet rs) throws SQLException {
        Set<AuthorityRole> roles = EnumSet.noneOf(AuthorityRole.class);
        if (rs.getBoolean("role_issue")) {
            roles.add(AuthorityRole.ISSUE);
        }
        if (rs.getBoolean("role_scrutinise")) {
            roles.add(AuthorityRole.SCRUTINISE);
        }
        if (rs.getBoolean("role_specific_measures")) {
            roles.add(AuthorityRole.SPECIFIC_MEASURES);
        }
        if (rs.getBoolean("role_penalties")) {
            roles.add(AuthorityRole.PENALTIES);
        }
        Timestamp until = rs.getTimestamp("valid_until");
        return new CompetentAuthority(new AuthorityId(rs.getObject("authority_id", UUID.class)), rs.getString("code"),
                rs.getString("member_state"), rs.getLong("id"), rs.getString("name"), rs.getString("abbreviation"),
                roles, rs.getBoolean("contact_point"), rs.getString("contact_email"), rs.getString("contact_phone"),
                rs.getString("source"), Confidence.valueOf(rs.getString("confidence")), rs.getString("quality_note"),
                rs.getTimestamp("valid_from").toInstant(), until == null ? null : until.toInstant(),
                rs.getString("authority_type") == null ? null : AuthorityType.valueOf(rs.getString("authority_type")),
                rs.getString("postal_address"), rs.getString("fax"), rs.getString("redress_provisions"));
    }
}
