package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.IntegrationTest;

/** R10: Annex I, II and III as PDF documents laid out like the Annexes and as JSON with stable identifiers. */
class OrderDocumentsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;

    private byte[] pdf(String token, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    @Test
    void annexesAsPdfAndJson() throws Exception {
        var since = clock.instant().minus(Duration.ofDays(1));
        var org = OrderFixture.authority(authorities, organisations, "GR", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(org, "gr.docs." + org.id().toString().substring(0, 8));
        var hsp = provider("Athens Host", "GR", "el", "en");
        String id = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                java.util.UUID.fromString(hsp.id()), "en", true, "https://athens.example/p/1", "https://athens.example/p/2"))
                .json().get("order").get("id").asString();
        String reference = http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id).json().get("order")
                .get("reference").asString();

        String annexOne = text(pdf(issuer.token(), "/api/v1/removal-orders/" + id + "/annex-i.pdf"));
        assertThat(annexOne).contains("ANNEX I", "SECTION A", "SECTION B", "SECTION G", reference,
                "https://athens.example/p/1", "☒ incites others to commit terrorist offences", "within one hour");
        assertThat(annexOne).doesNotContain("2(7)(a) ", "INCITEMENT");
        Path out = Path.of("target/documents");
        Files.createDirectories(out);
        Files.write(out.resolve("annex-i.pdf"), pdf(hsp.token(), "/api/v1/removal-orders/" + id + "/annex-i.pdf"));

        var fed = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().toString())),
                "providerReference", "ATH-77", "authorisedPerson", "Eleni Papadopoulou"));
        String feedbackId = null;
        for (var a : fed.json().get("answers")) {
            if (a.get("kind").asString().equals("FEEDBACK")) {
                feedbackId = a.get("id").asString();
            }
        }
        var annexTwo = http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/answers/" + feedbackId).json();
        assertThat(annexTwo.get("A.reference").asString()).isEqualTo(reference);
        assertThat(annexTwo.get("A.provider_reference").asString()).isEqualTo("ATH-77");
        assertThat(annexTwo.get("B.measures").get(0).get("url").asString()).isEqualTo("https://athens.example/p/1");
        String annexTwoText = text(pdf(issuer.token(), "/api/v1/removal-orders/" + id + "/answers/" + feedbackId + ".pdf"));
        assertThat(annexTwoText).contains("ANNEX II", "removed in all Member States", "Eleni Papadopoulou");

        var impossible = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/impossibility", Map.of(
                "reason", "INSUFFICIENT_INFORMATION", "details", "Item 2 does not exist on our service",
                "clarificationRequired", "Which post is meant?"));
        String noticeId = null;
        for (var a : impossible.json().get("answers")) {
            if (a.get("kind").asString().equals("IMPOSSIBILITY")) {
                noticeId = a.get("id").asString();
            }
        }
        String annexThree = text(pdf(hsp.token(), "/api/v1/removal-orders/" + id + "/answers/" + noticeId + ".pdf"));
        assertThat(annexThree).contains("ANNEX III", "does not contain sufficient information", "Item 2 does not exist");
        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/answers/"
                + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }
}
