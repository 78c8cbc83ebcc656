package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import eu.vigil.audit.Auditor;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Login under attack, with every password hash check counted: parallel guesses cannot exceed the lockout
 * limit, and unknown, locked, disabled and wrong all get the same answer after the same hashing work. Runs
 * with the production setting for the API documentation (not public), which needs a login (ADR 0018).
 */
@Import(LoginHardeningIntegrationTests.CountingPasswords.class)
@TestPropertySource(properties = "vigil.api-docs.public=false")
class LoginHardeningIntegrationTests extends IntegrationTest {

    /** The lockout limit of the login, as documented (five failures in a row). */
    private static final int MAX_FAILURES = 5;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CountingPasswords counting;

    @Test
    void fortyParallelWrongPasswordsGetAtMostFivePasswordChecks() throws Exception {
        var t = tenant(OrganisationKind.COMPETENT_AUTHORITY, "LU", "Race Authority");
        String hash = hashOf(t.username());
        int before = counting.checksAgainst(hash);
        int attempts = 40;
        List<Http> clients = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Http client = http();
            forms.add("username=" + t.username() + "&password=wrong-password-" + i + "&_csrf="
                    + java.net.URLEncoder.encode(Http.csrf(client.get("/login").body()), java.nio.charset.StandardCharsets.UTF_8));
            clients.add(client);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                Http client = clients.get(i);
                String form = forms.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.post("/login", "application/x-www-form-urlencoded", form).location();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                answer.get();
            }
        }
        int checked = counting.checksAgainst(hash) - before;
        System.out.println("40 parallel wrong passwords: " + checked + " checks against the real hash");
        assertThat(checked).as("password checks against the real hash").isBetween(1, MAX_FAILURES);
        for (Future<String> answer : answers) {
            assertThat(answer.get()).endsWith("/login?error=bad");
        }
        int afterRace = counting.checksAgainst(hash);
        assertThat(http().login(t.username(), PASSWORD)).as("locked, even with the right password")
                .isEqualTo("/login?error=bad");
        assertThat(counting.checksAgainst(hash)).as("a locked account's password is not checked").isEqualTo(afterRace);
    }

    @Test
    void unknownLockedDisabledAndWrongLookAndCostTheSame() {
        var t = tenant(OrganisationKind.EUROPOL, null, "Enumeration");
        String locked = user(t, "locked");
        for (int i = 0; i < MAX_FAILURES; i++) {
            http().login(locked, "wrong-password-" + i);
        }
        String disabled = user(t, "disabled");
        users.setEnabled(t.admin(), users.findByUsername(disabled).orElseThrow().id(), false);
        String wrong = user(t, "wrong");

        List<String> report = new ArrayList<>();
        http().login(wrong, PASSWORD); // warm-up, not measured
        String[][] cases = {{"unknown", "nobody-" + t.id().substring(0, 8)}, {"locked", locked}, {"disabled", disabled},
                {"wrong", wrong}};
        long[][] millis = new long[cases.length][5];
        for (int round = 0; round < 5; round++) {
            // Interleaved, so the machine's load falls on every case alike.
            for (int i = 0; i < cases.length; i++) {
                String[] c = cases[i];
                Http client = http();
                String form = "username=" + c[1] + "&password=" + (c[0].equals("wrong") ? "not-the-password" : PASSWORD)
                        + "&_csrf=" + java.net.URLEncoder.encode(Http.csrf(client.get("/login").body()),
                                java.nio.charset.StandardCharsets.UTF_8);
                int checks = counting.total();
                long started = System.nanoTime();
                var answer = client.post("/login", "application/x-www-form-urlencoded", form);
                millis[i][round] = (System.nanoTime() - started) / 1_000_000;
                assertThat(answer.location()).as(c[0]).endsWith("/login?error=bad");
                assertThat(counting.total() - checks).as(c[0] + ": one password hash check").isEqualTo(1);
            }
        }
        for (int i = 0; i < cases.length; i++) {
            java.util.Arrays.sort(millis[i]);
            report.add(cases[i][0] + " " + millis[i][2] + " ms");
        }
        System.out.println("login POST median of 5: " + report);
        assertThat(http().get("/login?error=bad").body()).doesNotContain("locked for", "is disabled");
    }

    @Test
    void apiDocumentationNeedsALoginInProduction() {
        var anonymous = http().get("/v3/api-docs");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
        assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(302);
        var t = tenant(OrganisationKind.COMMISSION, null, "Docs Reader");
        Http browser = http();
        browser.login(t.username(), PASSWORD);
        var docs = browser.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/me");
    }

    private String user(Tenant t, String label) {
        String name = label + "." + t.id().substring(0, 8);
        users.createUnchecked(Auditor.system("test"), t.organisation().id(),
                new Users.NewUser(name, label, null, PASSWORD, Set.of(Role.VIEWER)));
        return name;
    }

    private String hashOf(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class)
                .single();
    }

    /** Wraps the password encoder to count every hash check, by the hash checked against. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountingPasswords {

        private final java.util.Map<String, AtomicInteger> checks = new java.util.concurrent.ConcurrentHashMap<>();
        private final AtomicInteger total = new AtomicInteger();

        int checksAgainst(String hash) {
            return checks.getOrDefault(hash, new AtomicInteger()).get();
        }

        int total() {
            return total.get();
        }

        @Bean
        static BeanPostProcessor countingPasswordEncoder(org.springframework.beans.factory.ObjectProvider<CountingPasswords> self) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof PasswordEncoder delegate)) {
                        return bean;
                    }
                    return new PasswordEncoder() {
                        @Override
                        public String encode(CharSequence raw) {
                            return delegate.encode(raw);
                        }

                        @Override
                        public boolean matches(CharSequence raw, String encoded) {
                            CountingPasswords counter = self.getObject();
                            counter.total.incrementAndGet();
                            counter.checks.computeIfAbsent(encoded, k -> new AtomicInteger()).incrementAndGet();
                            return delegate.matches(raw, encoded);
                        }

                        @Override
                        public boolean upgradeEncoding(String encoded) {
                            return delegate.upgradeEncoding(encoded);
                        }
                    };
                }
            };
        }
    }
}
