package eu.vigil.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.audit.Auditor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.Violations;

import eu.vigil.shared.Limits;
import jakarta.validation.constraints.Size;

/** People who log in, each inside one organisation. */
@Service
public class Users {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final Organisations organisations;

    Users(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, Clock clock, Organisations organisations) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.organisations = organisations;
    }

    /** What is needed to create a user. */
    public record NewUser(@Size(max = Limits.NAME, message = Limits.CHARS) String username, @Size(max = Limits.NAME, message = Limits.CHARS) String displayName,
            @Size(max = Limits.NAME, message = Limits.CHARS) String email, @Size(max = Limits.NAME, message = Limits.CHARS) String password, Set<Role> roles) {
    }

    /** Creates a user in an organisation the actor administers. */
    @Transactional
    public User create(Actor actor, OrganisationId organisation, NewUser input) {
        requireAdmin(actor, organisation);
        if (input.roles() != null) {
            requireRolesHeld(actor, input.roles());
        }
        return createUnchecked(actor.auditor(), organisation, input);
    }

    /** Creates a user without a permission check (bootstrap and demo seeding only). */
    @Transactional
    public User createUnchecked(Auditor who, OrganisationId organisation, NewUser input) {
        organisations.find(organisation).orElseThrow(() -> new NotFound("organisation " + organisation));
        String username = input.username() == null ? "" : input.username().strip().toLowerCase();
        eu.vigil.shared.PlainText.checkName(new Violations(), "displayName", input.displayName())
                .check(!username.matches("[a-z0-9._@-]{3,64}"), "username",
                        "3 to 64 characters: lower-case letters, digits, '.', '_', '@', '-'")
                .check(input.displayName() == null || input.displayName().isBlank(), "displayName", "must not be blank")
                .check(input.password() == null || input.password().length() < MIN_PASSWORD_LENGTH, "password",
                        "must have at least " + MIN_PASSWORD_LENGTH + " characters")
                .check(input.roles() == null || input.roles().isEmpty(), "roles", "at least one role")
                .throwIfPresent();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into app_user (id, organisation_id, username, display_name, email, password_hash, roles, created_at)
                    values (?,?,?,?,?,?,?,?)""")
                    .params(id, organisation.value(), username, input.displayName().strip(), input.email(),
                            passwords.encode(input.password()), roleArray(input.roles()), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("username", "is already taken");
        }
        User user = find(new UserId(id)).orElseThrow();
        audit.append(who, new AuditEvent("user.created", "user", id.toString(), null, user,
                Map.of("username", username, "roles", input.roles())));
        return user;
    }

    /** Users of one organisation; visible to that organisation's admins and platform admins. */
    public List<User> of(Actor actor, OrganisationId organisation) {
        requireAdmin(actor, organisation);
        return jdbc.sql("select * from app_user where organisation_id = ? order by username")
                .param(organisation.value()).query((rs, n) -> map(rs)).list();
    }

    /** Whether the organisation has an enabled administrator, who then manages its users and data. */
    public boolean hasAdministrator(OrganisationId organisation) {
        return jdbc.sql("select count(*) from app_user where organisation_id = ? and enabled and 'ADMIN' = any(roles)")
                .param(organisation.value()).query(Long.class).single() > 0;
    }

    public Optional<User> find(UserId id) {
        return jdbc.sql("select * from app_user where id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    public Optional<User> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username.strip().toLowerCase())
                .query((rs, n) -> map(rs)).optional();
    }

    /**
     * Enables or disables a user. Disabling ends the user's open sessions on their next request and stops
     * every token and client the user owns (ADR 0018); it deletes nothing.
     */
    @Transactional
    public User setEnabled(Actor actor, UserId id, boolean enabled) {
        User before = find(id).filter(u -> actor.administers(u.organisationId()))
                .orElseThrow(() -> new NotFound("user " + id.value()));
        if (actor.id().equals(id.value()) && !enabled) {
            throw InvalidInput.of("enabled", "you cannot disable your own account");
        }
        jdbc.sql("""
                update app_user set enabled = ?, failed_logins = 0, locked_until = null,
                    session_epoch = session_epoch + case when ? then 0 else 1 end where id = ?""")
                .params(enabled, enabled, id.value()).update();
        User after = find(id).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent(enabled ? "user.enabled" : "user.disabled", "user",
                id.value().toString(), before, after, Map.of("username", before.username())));
        return after;
    }

    /** Changes the actor's own password after checking the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String current, String replacement) {
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(actor.id())
                .query(String.class).optional().orElseThrow(() -> new Forbidden("only people have passwords"));
        new Violations()
                .check(current == null || !passwords.matches(current, hash), "currentPassword", "is not correct")
                .check(replacement == null || replacement.length() < MIN_PASSWORD_LENGTH, "newPassword",
                        "must have at least " + MIN_PASSWORD_LENGTH + " characters")
                .throwIfPresent();
        jdbc.sql("update app_user set password_hash = ? where id = ?").params(passwords.encode(replacement), actor.id())
                .update();
        audit.append(actor.auditor(), new AuditEvent("user.password_changed", "user", actor.id().toString(), null,
                null, Map.of()));
    }

    static void requireAdmin(Actor actor, OrganisationId organisation) {
        if (!actor.administers(organisation)) {
            throw new Forbidden("only administrators of that organisation may do this");
        }
    }

    /** A credential or user may only be given roles its creator holds. */
    static void requireRolesHeld(Actor actor, Set<Role> roles) {
        if (!actor.holdsAll(roles)) {
            throw new Forbidden("a credential may only be given roles its creator holds");
        }
    }

    /**
     * Whether a person's session that started at {@code epoch} may go on: the user exists, is enabled and
     * has not been disabled since (one primary-key read per request).
     */
    public boolean sessionValid(UUID user, int epoch) {
        return jdbc.sql("select 1 from app_user where id = ? and enabled and session_epoch = ?").params(user, epoch)
                .query(Integer.class).optional().isPresent();
    }

    static String[] roleArray(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        return Arrays.stream(names).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static User map(ResultSet rs) throws SQLException {
        return new User(new UserId(rs.getObject("id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"), roles(rs.getArray("roles")),
                rs.getBoolean("enabled"), instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_login_at")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
