package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Issue 12 point 4 end to end: an order in German by a German authority; the provider gives its file reference when
 * acknowledging on the order page and none with its Annex II and III; the documents are in German, with Berlin
 * times, and carry that file reference; the pages show the same forms as the PDFs.
 */
class AnnexDocumentsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;

    private String pdfText(String token, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
        }
    }

    private static String answerId(Http.Response r, String kind) {
        for (var a : r.json().get("answers")) {
            if (a.get("kind").asString().equals(kind)) {
                return a.get("id").asString();
            }
        }
        throw new AssertionError("no " + kind);
    }

    @Test
    void theFileReferenceGivenAtAcknowledgementReachesAnnexTwoAndThreeInTheOrdersLanguage() throws Exception {
        var since = clock.instant().minus(Duration.ofDays(1));
        var org = OrderFixture.authorityWithDetails(authorities, organisations, "DE", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(org, "de.annex." + org.id().toString().substring(0, 8));
        var hsp = provider("Kestrel Annex", "IE", "de", "en");
        String id = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                java.util.UUID.fromString(hsp.id()), "de", true, "https://kestrel.example/v/1", "https://kestrel.example/v/2"))
                .json().get("order").get("id").asString();

        Http provider = http();
        provider.login(hsp.username(), PASSWORD);
        var acknowledged = provider.postForm("/orders/" + id, "/orders/" + id + "/acknowledgement", "providerReference=KV-4711");
        assertThat(acknowledged.status()).isIn(200, 302, 303);

        var fed = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().toString())),
                "authorisedPerson", "Jordan Reyes"));
        assertThat(fed.status()).isEqualTo(200);
        String feedback = answerId(fed, "FEEDBACK");
        var notice = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/impossibility", Map.of(
                "reason", "INSUFFICIENT_INFORMATION", "details", "Item 2 does not exist on our service",
                "clarificationRequired", "Which post is meant?"));
        String impossibility = answerId(notice, "IMPOSSIBILITY");

        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/answers/" + feedback).json()
                .get("A.provider_reference").asString()).isEqualTo("KV-4711");
        String two = pdfText(issuer.token(), "/api/v1/removal-orders/" + id + "/answers/" + feedback + ".pdf");
        assertThat(two).contains("ANHANG II", "ABSCHNITT A — Adressat und Entfernungsanordnung",
                "Aktenzeichen des Adressaten KV-4711", "in allen Mitgliedstaaten entfernt", "Jordan Reyes", "(UTC+01:00)");
        String three = pdfText(hsp.token(), "/api/v1/removal-orders/" + id + "/answers/" + impossibility + ".pdf");
        assertThat(three).contains("ANHANG III", "Aktenzeichen des Adressaten KV-4711",
                "☒ die Entfernungsanordnung enthält nicht ausreichende Informationen", "☐ höhere Gewalt",
                "Item 2 does not exist on our service", "Which post is meant?")
                .doesNotContain("INSUFFICIENT_INFORMATION", "Clarification required:");
        String one = pdfText(issuer.token(), "/api/v1/removal-orders/" + id + "/annex-i.pdf");
        assertThat(one).contains("ANHANG I — ENTFERNUNGSANORDNUNG", "ABSCHNITT F — Kontaktangaben für Folgemaßnahmen",
                "Deutschland (DE)", "Strafverfolgungsbehörde", "☒ stiftet andere", "☐ stellt eine Drohung")
                .doesNotContain("[EN]", "INCITEMENT", "LAW_ENFORCEMENT");

        // the pages show the same forms
        String page = provider.get("/orders/" + id + "/annex-i").body();
        assertThat(page).contains("ANHANG I — ENTFERNUNGSANORDNUNG", "lang=\"de\"", "Uhrzeit und Datum des Erlasses",
                "(UTC+01:00)", "href=\"/orders/" + id + "/annex-i.pdf\"");
        String answerPage = provider.get("/orders/" + id + "/answers/" + feedback + "/document").body();
        assertThat(answerPage).contains("ANHANG II", "Aktenzeichen des Adressaten", "KV-4711");
        assertThat(provider.get("/orders/" + id).body()).contains("/orders/" + id + "/annex-i\"",
                "/answers/" + feedback + "/document");
    }
}
