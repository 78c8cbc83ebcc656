package eu.vigil.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/**
 * Onboarding without acting inside another organisation (ADR 0018): a platform administrator invites the
 * first administrator of an organisation that has none; the invitee opens the link, chooses a username and
 * password and becomes ADMIN (and OPERATOR) of that organisation. An invitation is single use, expires after
 * {@link #LIFETIME}, and only a digest of its link is stored; a new invitation of the same organisation ends the
 * earlier open ones.
 */
@Service
public class Invitations {

    /** How long an invitation can be accepted. */
    public static final Duration LIFETIME = Duration.ofDays(7);
    /** Every invitation secret starts with this. */
    public static final String PREFIX = "vgli_";
    private static final Set<Role> FIRST_ADMINISTRATOR = EnumSet.of(Role.ADMIN, Role.OPERATOR);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Organisations organisations;
    private final Users users;

    Invitations(JdbcClient jdbc, AuditLog audit, Clock clock, Organisations organisations, Users users) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.organisations = organisations;
        this.users = users;
    }

    /** A freshly made invitation: the secret of its link is in {@code secret} and nowhere else. */
    public record Issued(Invitation invitation, String secret) {

        /** The path of the page the invitee opens, relative to the installation's address. */
        public String path() {
            return "/invitations/" + secret;
        }
    }

    /** What the invitee chooses. */
    public record Acceptance(String username, String displayName, String email, String password) {
    }

    /**
     * Invites the first administrator of another organisation (platform administrators only; refused once the
     * organisation has an enabled administrator, who then manages its own users).
     */
    @Transactional
    public Issued invite(Actor actor, OrganisationId organisation) {
        if (!actor.isPlatformAdmin()) {
            throw new Forbidden("only platform administrators invite the first administrator of an organisation");
        }
        Organisation org = organisations.find(organisation)
                .orElseThrow(() -> new NotFound("organisation " + organisation));
        if (org.id().equals(actor.organisationId())) {
            throw InvalidInput.of("organisation", "manage the users of your own organisation directly");
        }
        if (hasAdministrator(organisation)) {
            throw InvalidInput.of("organisation", "already has an administrator, who invites its users");
        }
        Instant now = clock.instant();
        // A new link replaces any earlier open one, so only the link last handed over works.
        int superseded = jdbc.sql("update invitation set expires_at = ? where organisation_id = ? and accepted_at is null"
                + " and expires_at > ?").params(Timestamp.from(now), organisation.value(), Timestamp.from(now)).update();
        String secret = Secrets.generate(PREFIX);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into invitation (id, organisation_id, token_digest, roles, created_by, created_by_label,
                    created_at, expires_at) values (?,?,?,?,?,?,?,?)""")
                .params(id, organisation.value(), ApiTokens.digest(secret), Users.roleArray(FIRST_ADMINISTRATOR),
                        actor.id(), actor.auditor().label(), Timestamp.from(now), Timestamp.from(now.plus(LIFETIME)))
                .update();
        Invitation invitation = find(id).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("invitation.created", "invitation", id.toString(), null,
                invitation, Map.of("organisation", org.name(), "expiresAt", invitation.expiresAt(), "superseded", superseded)));
        return new Issued(invitation, secret);
    }

    /** The open invitation a link stands for, if it is known, unused and not expired. */
    public Optional<Invitation> open(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql(SELECT + " where i.token_digest = ?").param(ApiTokens.digest(secret))
                .query((rs, n) -> map(rs)).optional().filter(i -> i.openAt(now));
    }

    /**
     * Accepts an invitation: creates the invitee's user and uses the invitation up, in one transaction (bad
     * input leaves the invitation open). Refused when the link is unknown, used, expired, or the organisation
     * has meanwhile got an administrator.
     */
    @Transactional
    public User accept(String secret, Acceptance input) {
        Instant now = clock.instant();
        Invitation invitation = open(secret).orElseThrow(() -> new NotFound("invitation"));
        // Lock the organisation so two invitations of it cannot both be accepted.
        jdbc.sql("select id from organisation where id = ? for update").param(invitation.organisationId().value())
                .query(UUID.class).single();
        if (hasAdministrator(invitation.organisationId())) {
            throw new Forbidden("this organisation already has an administrator; ask them for an account");
        }
        int used = jdbc.sql("update invitation set accepted_at = ? where id = ? and accepted_at is null and expires_at > ?")
                .params(Timestamp.from(now), invitation.id(), Timestamp.from(now)).update();
        if (used != 1) {
            throw new NotFound("invitation");
        }
        Auditor who = Auditor.system("invitation " + invitation.id());
        User user = users.createUnchecked(who, invitation.organisationId(), new Users.NewUser(input.username(),
                input.displayName(), input.email(), input.password(), invitation.roles()));
        jdbc.sql("update invitation set accepted_user_id = ? where id = ?").params(user.id().value(), invitation.id())
                .update();
        audit.append(who, new AuditEvent("invitation.accepted", "invitation", invitation.id().toString(), invitation,
                find(invitation.id()).orElseThrow(), Map.of("username", user.username())));
        return user;
    }

    private boolean hasAdministrator(OrganisationId organisation) {
        return users.hasAdministrator(organisation);
    }

    /** The newest invitation still open for the organisation, if any (platform administrators only). */
    public Optional<Invitation> pending(Actor actor, OrganisationId organisation) {
        if (!actor.isPlatformAdmin()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql(SELECT + " where i.organisation_id = ? and i.accepted_at is null and i.expires_at > ?"
                + " order by i.created_at desc limit 1").params(organisation.value(), Timestamp.from(now))
                .query((rs, n) -> map(rs)).optional();
    }

    private Optional<Invitation> find(UUID id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    private static final String SELECT = "select i.*, o.name as organisation_name from invitation i"
            + " join organisation o on o.id = i.organisation_id";

    private static Invitation map(ResultSet rs) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getString("organisation_name"), Users.roles(rs.getArray("roles")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                Users.instant(rs.getTimestamp("accepted_at")));
    }
}
