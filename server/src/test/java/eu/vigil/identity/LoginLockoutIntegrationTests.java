package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/** The login form: Argon2 hashes, lockout after five failures, unlock after fifteen minutes on the clock. */
class LoginLockoutIntegrationTests extends IntegrationTest {

    @Test
    void passwordsAreStoredAsArgon2Hashes(@org.springframework.beans.factory.annotation.Autowired
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        var t = tenant(OrganisationKind.EUROPOL, null, "Hash Check");
        String hash = jdbc.sql("select password_hash from app_user where username = ?").param(t.username())
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        var t = tenant(OrganisationKind.COMPETENT_AUTHORITY, "NL", "Lockout Authority");
        Http browser = http();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.login(t.username(), "wrong-password-" + i)).isEqualTo("/login?error=bad");
        }
        assertThat(browser.login(t.username(), PASSWORD)).as("locked even with the right password")
                .isEqualTo("/login?error=bad");
        assertThat(browser.get("/login?error=bad").body()).contains("locked or disabled");

        clock.advance(Duration.ofMinutes(14));
        assertThat(http().login(t.username(), PASSWORD)).isEqualTo("/login?error=bad");
        clock.advance(Duration.ofMinutes(2));
        Http later = http();
        assertThat(later.login(t.username(), PASSWORD)).isEqualTo("/");
        assertThat(later.get("/").status()).isEqualTo(200);
    }

    @Test
    void unknownUserAndWrongPasswordLookTheSame() {
        assertThat(http().login("nobody-at-all", "whatever-password")).isEqualTo("/login?error=bad");
    }

    @Test
    void pagesRequireLoginAndLogoutEndsTheSession() {
        var t = tenant(OrganisationKind.COMMISSION, null, "Session Commission");
        var anonymous = http().get("/registry/providers");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
        Http browser = http();
        browser.login(t.username(), PASSWORD);
        assertThat(browser.get("/registry/providers").status()).isEqualTo(200);
        assertThat(browser.postForm("/", "/logout", "").status()).isEqualTo(302);
        assertThat(browser.get("/registry/providers").status()).isEqualTo(302);
    }

    @Test
    void lockoutIsRecordedInTheAuditLog(@org.springframework.beans.factory.annotation.Autowired
            eu.vigil.audit.AuditLog audit) {
        var t = tenant(OrganisationKind.EUROPOL, null, "Audit Lock");
        for (int i = 0; i < 5; i++) {
            http().login(t.username(), "bad-password-" + i);
        }
        var user = users.findByUsername(t.username()).orElseThrow();
        assertThat(audit.trail("user", user.id().value().toString())).extracting(eu.vigil.audit.AuditRecord::action)
                .contains("user.created", "user.locked");
    }
}
