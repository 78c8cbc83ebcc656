package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.shared.Limits;
import eu.vigil.testing.IntegrationTest;

/**
 * ADR 0020: an order with every field at its limit (and its Annex II and III answers at their limits) is accepted
 * and renders as PDF in bounded time (the 15 MB statement of reasons that rendered for minutes is now refused).
 */
class MaximalOrderDocumentsIntegrationTests extends IntegrationTest {

    /**
     * Generous bound for a shared, loaded test machine (first rendering, cold JIT); the times measured are printed.
     * Before ADR 0020 the same order's Annex I took over six minutes.
     */
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    CompetentAuthorities authorities;

    private static String text(int n, String seed) {
        StringBuilder b = new StringBuilder(n);
        while (b.length() < n) {
            b.append(seed).append(' ');
        }
        return b.substring(0, n);
    }

    private Duration timePdf(String token, String path) throws Exception {
        long start = System.nanoTime();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
        System.out.printf("[limits] %s: %d ms, %d bytes%n", path.replaceAll(".*/", ""), took.toMillis(),
                response.body().length);
        return took;
    }

    @Test
    void anOrderWithEveryFieldAtItsLimitRendersInBoundedTime() throws Exception {
        var since = clock.instant().minus(Duration.ofDays(1));
        var org = OrderFixture.authority(authorities, organisations, "PT", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(org, "pt.max." + org.id().toString().substring(0, 8));
        var hsp = provider("Lisbon Host", "PT", "pt", "en");
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("providerId", hsp.id());
        order.put("language", "en");
        order.put("items", IntStream.rangeClosed(1, Limits.ITEMS).mapToObj(i -> Map.of(
                "url", "https://lisbon.example/" + i + "/" + "p".repeat(Limits.URL - 30),
                "extraInfo", text(Limits.ITEM_DETAILS, "details of the item at 01:23"))).toList());
        order.put("reasons", List.of("INCITEMENT", "INSTRUCTION"));
        order.put("statementOfReasons", text(Limits.STATEMENT_OF_REASONS, "reasons explaining why the content is terrorist"));
        order.put("representativeName", text(Limits.NAME, "Inspectora Maria"));
        order.put("representativePost", text(Limits.SHORT_TEXT, "Head of unit"));
        order.put("fileNumber", text(Limits.SHORT_TEXT, "PT-123"));
        order.put("redressBody", text(Limits.SHORT_TEXT, "Tribunal Administrativo"));
        order.put("redressDeadline", text(Limits.SHORT_TEXT, "three months"));
        order.put("emergency", true);
        order.put("emergencyJustification", text(Limits.TEXT, "imminent threat"));
        var issued = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", order);
        assertThat(issued.status()).as(issued.body().substring(0, Math.min(500, issued.body().length()))).isEqualTo(201);
        String id = issued.json().get("order").get("id").asString();

        assertThat(timePdf(issuer.token(), "/api/v1/removal-orders/" + id + "/annex-i.pdf")).isLessThan(BOUND);

        // all items but one, so that the order is not executed and Annex III can still be filed
        var fed = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of(
                "items", IntStream.rangeClosed(1, Limits.ITEMS - 1).mapToObj(i -> Map.of("position", i, "action", "REMOVED",
                        "actionAt", clock.instant().toString())).toList(),
                "providerReference", text(Limits.SHORT_TEXT, "ref"), "authorisedPerson", text(Limits.NAME, "Joao")));
        assertThat(fed.status()).as(fed.body().substring(0, Math.min(500, fed.body().length()))).isEqualTo(200);
        var notice = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/impossibility", Map.of(
                "reason", "INSUFFICIENT_INFORMATION", "details", text(Limits.TEXT, "the items cannot be found"),
                "clarificationRequired", text(Limits.TEXT, "which items"), "authorisedPerson", text(Limits.NAME, "Joao")));
        assertThat(notice.status()).as(notice.body().substring(0, Math.min(500, notice.body().length()))).isEqualTo(200);
        for (var a : notice.json().get("answers")) {
            String kind = a.get("kind").asString();
            if (kind.equals("FEEDBACK") || kind.equals("IMPOSSIBILITY")) {
                assertThat(timePdf(hsp.token(), "/api/v1/removal-orders/" + id + "/answers/" + a.get("id").asString()
                        + ".pdf")).isLessThan(BOUND);
            }
        }
    }
}
