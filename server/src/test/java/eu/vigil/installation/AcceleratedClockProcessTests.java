package eu.vigil.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.vigil.testing.Http;
import eu.vigil.testing.ServerProcess;
import tools.jackson.databind.JsonNode;

/**
 * Process test of issue 11, build 8: the real server ({@code ./vigil demo --vigil.clock.rate=120}) on a fresh data
 * directory reports an order issued through the API overdue within one real minute, tells the provider and the
 * issuer, shows the accelerated clock on its pages and in {@code /actuator/info}, and continues its time after a
 * restart; on a database that holds data and is not marked, an accelerated clock is refused at start-up.
 */
class AcceleratedClockProcessTests {

    private static final Duration ONE_REAL_MINUTE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void atRate120AnOrderIsOverdueWithinOneRealMinuteAndBothPartiesAreTold() throws Exception {
        Instant lastShown;
        try (ServerProcess server = new ServerProcess(dir, "--vigil.clock.rate=120")) {
            server.start();
            JsonNode clock = server.http().get("/actuator/info").json().get("clock");
            assertThat(clock.get("rate").asInt()).isEqualTo(120);
            assertThat(clock.get("purpose").asString()).isEqualTo("DEMO");
            assertThat(clock.get("accelerated").asBoolean()).isTrue();
            assertThat(server.http().get("/login").body()).contains("Accelerated clock: 1 real minute = 2 h");

            String issuerToken = server.token("bka.officer");
            Http issuer = server.http().bearer(issuerToken);
            Http provider = server.http().bearer(server.token("parlo.admin"));
            String providerId = provider.get("/api/v1/me").json().get("organisationId").asString();

            long issuedAt = System.nanoTime();
            var issued = issuer.postJson("/api/v1/removal-orders", order(providerId));
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
            String id = issued.json().get("order").get("id").asString();
            assertThat(issuer.get("/api/v1/removal-orders/" + id).json().get("overdue").asBoolean()).isFalse();

            Duration toOverdue = null;
            Duration toIssuerTold = null;
            Duration toProviderTold = null;
            while (Duration.ofNanos(System.nanoTime() - issuedAt).compareTo(ONE_REAL_MINUTE) < 0
                    && (toOverdue == null || toIssuerTold == null || toProviderTold == null)) {
                if (toOverdue == null
                        && issuer.get("/api/v1/removal-orders/" + id).json().get("overdue").asBoolean()) {
                    toOverdue = Duration.ofNanos(System.nanoTime() - issuedAt);
                }
                if (toIssuerTold == null && toldOverdue(issuer, id)) {
                    toIssuerTold = Duration.ofNanos(System.nanoTime() - issuedAt);
                }
                if (toProviderTold == null && toldOverdue(provider, id)) {
                    toProviderTold = Duration.ofNanos(System.nanoTime() - issuedAt);
                }
                Thread.sleep(200);
            }
            System.out.printf("accelerated clock at rate 120: overdue by the API after %.1f real s, issuer told after "
                    + "%.1f s, provider told after %.1f s%n", seconds(toOverdue), seconds(toIssuerTold),
                    seconds(toProviderTold));
            assertThat(toOverdue).as("overdue by GET /api/v1/removal-orders/{id}").isNotNull()
                    .isLessThan(ONE_REAL_MINUTE).isGreaterThan(Duration.ofSeconds(25));
            assertThat(toIssuerTold).as("issuer's notification").isNotNull().isLessThan(ONE_REAL_MINUTE);
            assertThat(toProviderTold).as("provider's notification").isNotNull().isLessThan(ONE_REAL_MINUTE);

            Http browser = server.http();
            browser.login("bka.officer", "vigil-demo-2026");
            assertThat(browser.get("/orders/" + id).body()).contains("id=\"clock-notice\"")
                    .contains("1 real minute = 2 h");
            lastShown = Instant.parse(server.http().get("/actuator/info").json().get("clock").get("now").asString());
        }
        try (ServerProcess restarted = new ServerProcess(dir, "--vigil.clock.rate=120")) {
            restarted.start();
            Instant now = Instant.parse(restarted.http().get("/actuator/info").json().get("clock").get("now").asString());
            assertThat(now).as("time continues from the mark, although real time is far behind it")
                    .isAfterOrEqualTo(lastShown);
            assertThat(lastShown).isAfter(Instant.now().plus(Duration.ofMinutes(30)));
        }
    }

    @Test
    void anAcceleratedClockIsRefusedOnADatabaseThatHoldsDataAndIsNotMarked() throws Exception {
        try (ServerProcess real = new ServerProcess(dir, "--vigil.demo.enabled=false")) {
            real.start();
            assertThat(real.http().get("/actuator/info").json().get("clock").get("purpose").asString())
                    .isEqualTo("UNMARKED");
            assertThat(real.http().get("/login").body()).doesNotContain("clock-notice");
        }
        try (ServerProcess accelerated = new ServerProcess(dir, "--vigil.clock.rate=120")) {
            int exit = accelerated.startExpectingExit(Duration.ofSeconds(120));
            assertThat(exit).as(accelerated.output()).isNotZero();
            assertThat(accelerated.output()).contains("APPLICATION FAILED TO START")
                    .contains("vigil.clock.rate=120 is refused")
                    .contains("one that already holds data is never marked later");
        }
        try (ServerProcess realTime = new ServerProcess(dir)) {
            realTime.start();
            assertThat(realTime.http().get("/actuator/info").json().get("clock").get("purpose").asString())
                    .as("the demo started on a database with data does not mark it").isEqualTo("UNMARKED");
        }
        try (ServerProcess zero = new ServerProcess(dir, "--vigil.clock.rate=0")) {
            assertThat(zero.startExpectingExit(Duration.ofSeconds(120))).isNotZero();
            assertThat(zero.output()).contains("vigil.clock.rate must be greater than 0 and at most 3600");
        }
    }

    private static boolean toldOverdue(Http party, String orderId) {
        for (JsonNode n : party.get("/api/v1/notifications?size=100").json()) {
            if (n.get("kind").asString().equals("removal_order.overdue")
                    && n.get("subjectId").asString().equals(orderId)) {
                return true;
            }
        }
        return false;
    }

    private static double seconds(Duration d) {
        return d == null ? Double.NaN : d.toMillis() / 1000.0;
    }

    private static String order(String providerId) {
        return """
                {"providerId":"%s","language":"de","items":[{"url":"https://parlo.example/c/accelerated/1"}],
                 "reasons":["INCITEMENT"],"statementOfReasons":"Aufruf zu Gewalttaten gegen Einsatzkräfte.",
                 "representativeName":"KHK Weber","representativePost":"Referent","redressBody":"VG Wiesbaden",
                 "redressDeadline":"ein Monat","emergency":true,"emergencyJustification":"Exercise at rate 120"}"""
                .formatted(providerId);
    }
}
