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
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
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
 * locked for {@link #LOCKOUT}; the lock is recorded in the audit log. Unknown usernames cost the same
 * hashing time as known ones.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

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
        var user = users.findByUsername(username);
        if (user.isEmpty()) {
            passwords.matches(password, dummyHash);
            throw new BadCredentialsException("Wrong username or password");
        }
        User u = user.get();
        Instant now = clock.instant();
        if (!u.enabled()) {
            throw new DisabledException("This account is disabled");
        }
        if (u.lockedUntil() != null && now.isBefore(u.lockedUntil())) {
            throw new LockedException("Too many failed logins: this account is locked until " + u.lockedUntil());
        }
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(u.id().value())
                .query(String.class).single();
        if (!passwords.matches(password, hash)) {
            recordFailure(u, now);
            throw new BadCredentialsException("Wrong username or password");
        }
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null, last_login_at = ? where id = ?")
                .params(Timestamp.from(now), u.id().value()).update();
        Organisation org = organisations.find(u.organisationId()).orElseThrow();
        Actor actor = actorOf(u, org);
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, Authorities.of(actor));
    }

    private void recordFailure(User u, Instant now) {
        tx.executeWithoutResult(status -> {
            int failures = jdbc.sql("update app_user set failed_logins = failed_logins + 1 where id = ? returning failed_logins")
                    .param(u.id().value()).query(Integer.class).single();
            if (failures >= MAX_FAILURES) {
                Instant until = now.plus(LOCKOUT);
                jdbc.sql("update app_user set failed_logins = 0, locked_until = ? where id = ?")
                        .params(Timestamp.from(until), u.id().value()).update();
                audit.append(Auditor.system("login protection"), new AuditEvent("user.locked", "user",
                        u.id().value().toString(), null, null,
                        Map.of("username", u.username(), "lockedUntil", until, "failures", failures)));
            }
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
