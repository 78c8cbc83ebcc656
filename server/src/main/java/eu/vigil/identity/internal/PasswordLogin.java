package eu.vigil.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.audit.Auditor;
import eu.vigil.identity.Actor;
import eu.vigil.identity.Credential;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.User;
import eu.vigil.identity.Users;

/**
 * Checks usernames and passwords. After {@value #MAX_FAILURES} wrong passwords in a row the account is
 * locked for {@link #LOCKOUT}; the lock is recorded in the audit log. Every attempt is counted before the
 * password is checked, so parallel guesses cannot exceed the limit. Unknown, disabled, locked and wrong all
 * get the same answer after the same hashing work (ADR 0018).
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final String REFUSED = "Wrong username or password, or the account is locked or disabled";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Users users;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String dummyHash;

    PasswordLogin(JdbcClient jdbc, PasswordEncoder passwords, Users users, Organisations organisations, AuditLog audit,
            Clock clock, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.dummyHash = passwords.encode("not-a-real-password-" + UUID.randomUUID());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = String.valueOf(request.getName()).strip().toLowerCase();
        String password = String.valueOf(request.getCredentials());
        Instant now = clock.instant();
        var user = users.findByUsername(username);
        // Count the attempt before the password is looked at, atomically: parallel guesses cannot get past
        // the limit, and a locked or disabled account never has its password checked.
        var attempt = user.flatMap(u -> jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1
                where id = ? and enabled and (locked_until is null or locked_until <= ?) and failed_logins < ?
                returning failed_logins, password_hash, session_epoch""")
                .params(u.id().value(), Timestamp.from(now), MAX_FAILURES)
                .query((rs, n) -> new Attempt(rs.getInt(1), rs.getString(2), rs.getInt(3))).optional());
        // The same answer and the same hashing work for unknown, disabled, locked and wrong (no enumeration).
        boolean matches = passwords.matches(password, attempt.map(Attempt::hash).orElse(dummyHash));
        if (attempt.isEmpty()) {
            throw new BadCredentialsException(REFUSED);
        }
        User u = user.orElseThrow();
        if (!matches) {
            recordFailure(u, attempt.get().failures(), now);
            throw new BadCredentialsException(REFUSED);
        }
        jdbc.sql("""
                update app_user set failed_logins = 0, last_login_at = ?,
                    locked_until = case when locked_until <= ? then null else locked_until end where id = ?""")
                .params(Timestamp.from(now), Timestamp.from(now), u.id().value()).update();
        Organisation org = organisations.find(u.organisationId()).orElseThrow();
        Actor actor = actorOf(u, org);
        var auth = UsernamePasswordAuthenticationToken.authenticated(actor, null, Authorities.of(actor));
        auth.setDetails(new LoginSession(attempt.get().sessionEpoch()));
        return auth;
    }

    /** One counted login attempt: failures so far including this one, the hash to check, the session epoch. */
    private record Attempt(int failures, String hash, int sessionEpoch) {
    }

    private void recordFailure(User u, int failures, Instant now) {
        if (failures < MAX_FAILURES) {
            return;
        }
        tx.executeWithoutResult(status -> {
            Instant until = now.plus(LOCKOUT);
            jdbc.sql("update app_user set failed_logins = 0, locked_until = ? where id = ?")
                    .params(Timestamp.from(until), u.id().value()).update();
            audit.append(Auditor.system("login protection"), new AuditEvent("user.locked", "user",
                    u.id().value().toString(), null, null,
                    Map.of("username", u.username(), "lockedUntil", until, "failures", failures)));
        });
    }

    static Actor actorOf(User u, Organisation org) {
        return new Actor(u.id().value(), u.username(), u.displayName(), Credential.PASSWORD, org.id(), org.name(),
                org.kind(), org.memberState(), u.roles());
    }

    /** Re-reads the actor of a user (used after the organisation changed). */
    Actor reload(OrganisationId org, User u) {
        return actorOf(u, organisations.find(org).orElseThrow());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
