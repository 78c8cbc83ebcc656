package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The post-crisis review over real HTTP and PostgreSQL (R41): a crisis walks alert → activation → acknowledgements →
 * situation reports → closing; the review page, its HTML and PDF exports show the figures computed from the audit
 * trail; the coordinator records the review there; a closed crisis without review is flagged after 30 days on the
 * review page, the board and the list.
 */
class CrisisReviewIntegrationTests extends IntegrationTest {

    @Autowired
    CrisisSweep sweep;
    @Autowired
    AuditLog audit;

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private Http session(Tenant t) {
        Http h = http();
        h.login(t.username(), PASSWORD);
        return h;
    }

    private static Map<String, String> step(String step, String reason) {
        return Map.of("step", step, "reason", reason);
    }

    private Tenant optedIn(String label) {
        Tenant p = provider(label, "NL", "nl", "en");
        as(p).putJson("/api/v1/crisis-participation", Map.of("contactName", "Night desk",
                "contactEmail", "crisis@" + p.id().substring(0, 8) + ".example", "contactPhone", "+31 20 555 0101"));
        return p;
    }

    @Test
    void theReviewShowsTheFiguresOfTheAuditTrailAndTheCoordinatorRecordsItThere() throws Exception {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Review Figures");
        Tenant authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "NL", "Politie Review");
        Tenant host = optedIn("Review Figures Host");
        String id = as(host).postJson("/api/v1/crises", Map.of("title", "Mall stream", "observation", "Re-uploads"))
                .json().get("id").get("value").asString();
        String api = "/api/v1/crises/" + id;
        clock.advance(Duration.ofMinutes(20));
        as(europol).postJson(api + "/steps", step("ACTIVATE", "Criteria met"));
        clock.advance(Duration.ofMinutes(7));
        as(host).postJson(api + "/acknowledgement", Map.of());
        clock.advance(Duration.ofMinutes(30));
        as(authority).postJson(api + "/acknowledgement", Map.of());
        clock.advance(Duration.ofMinutes(23));
        as(host).postJson(api + "/situation-reports", Map.of("text", "14 copies removed"));
        clock.advance(Duration.ofMinutes(150));
        as(authority).postJson(api + "/situation-reports", Map.of("text", "Spread slowing"));
        clock.advance(Duration.ofMinutes(10));
        as(europol).postJson(api + "/steps", step("CLOSE", "Spread contained"));

        String page = "/crises/" + id + "/review";
        Http coordinator = session(europol);
        String html = coordinator.get(page).body();
        assertThat(html).contains("id=\"fig-activation\">20 min<", "id=\"fig-first-share\">no hash shared<",
                "id=\"fig-within-hour\">no hash shared<", "id=\"fig-reports\">2<",
                "id=\"fig-longest-gap\">2 h 30 min", "id=\"record-review\"", "chart-acks-table",
                "data:image/png;base64,", "id=\"chart-removals-none\">no removal reported<");
        assertThat(html).as("time to acknowledgement per participant, in the table next to the chart")
                .contains("<th scope=\"row\">" + host.organisation().name() + "</th>", ">7 min<", ">37 min<");
        assertThat(html).as("one stretch over the 2 h interval").contains("id=\"fig-gaps-over\">1<");
        assertThat(coordinator.get("/crises/" + id).body()).contains("href=\"/crises/" + id + "/review\"");

        var refused = coordinator.postForm(page, page, "review=");
        assertThat(coordinator.follow(refused).body()).contains("write the post-crisis review");
        var saved = coordinator.postForm(page, page, "review=" + java.net.URLEncoder.encode(
                "Hash sharing came late; next time share at activation.", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(audit.trail("crisis_case", id).getLast().action()).isEqualTo("crisis.reviewed");

        Http participant = session(authority);
        String read = participant.get(page).body();
        assertThat(read).contains("id=\"review-text\">Hash sharing came late; next time share at activation.<",
                "id=\"fig-activation\">20 min<").doesNotContain("id=\"record-review\"");

        var export = participant.get(page + ".html");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).startsWith("<!DOCTYPE html>").contains("data:image/png;base64,",
                "Hash sharing came late", "id=\"fig-activation\">20 min<", "<table").doesNotContain("<script");
        Files.writeString(Files.createDirectories(Path.of("target", "screenshots")).resolve("crisis-review-export.html"),
                export.body());

        byte[] pdf = participant.bytes(page + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Post-crisis review of", "Time to activation (from the alert)", "20 min",
                    "no hash shared", "2 h 30 min", "Hash sharing came late", host.organisation().name());
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(p, 80);
                ImageIO.write(image, "png", dir.resolve("crisis-review-pdf-" + (p + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void itemsSharedOnTheCrisisListGiveTheTimeToFirstHashTheFirstRemovalPerProviderAndTheShareRemovedWithinTheHour() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Review Items");
        Tenant sharer = optedIn("Review Items Sharer");
        Tenant fast = optedIn("Review Items Fast Remover");
        Tenant slow = optedIn("Review Items Slow Remover");
        String id = as(sharer).postJson("/api/v1/crises", Map.of("title", "Stream re-uploads", "observation", "Copies"))
                .json().get("id").get("value").asString();
        String api = "/api/v1/crises/" + id;
        clock.advance(Duration.ofMinutes(10));
        as(europol).postJson(api + "/steps", step("ACTIVATE", "Criteria met"));
        clock.advance(Duration.ofMinutes(15));
        var shared = as(sharer).postJson(api + "/items", List.of(
                Map.of("signalType", "PDQ", "value", hex(), "labels", List.of("TVE-1")),
                Map.of("signalType", "PDQ", "value", hex(), "labels", List.of("TVE-1"))));
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        JsonNode entries = shared.json().get("entryIds");
        assertThat(entries).hasSize(2);
        clock.advance(Duration.ofMinutes(40));
        var first = as(fast).postJson(api + "/items/" + entries.get(0).asLong() + "/status", Map.of("status", "REMOVED"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(90));
        var second = as(slow).postJson(api + "/items/" + entries.get(1).asLong() + "/status",
                Map.of("status", "REMOVED", "count", 4));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(audit.trail("crisis_case", id).stream().map(AuditRecord::action))
                .contains(CrisisEvent.ITEMS_SHARED, CrisisEvent.ITEM_REMOVED);

        String html = session(europol).get("/crises/" + id + "/review").body();
        assertThat(html).as("15 min from the activation to the first hash on the list")
                .contains("id=\"fig-first-share\">15 min<")
                .as("item 1 removed 40 min after sharing, item 2 after 2 h 10 min: 1 of 2 within the hour")
                .contains("id=\"fig-within-hour\">50 % (1 of 2 items shared; 2 removed in all)<")
                .doesNotContain("chart-removals-none");
        String table = html.substring(html.indexOf("id=\"chart-removals-table\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).as("first removal per provider, from the activation, fastest first")
                .contains("<th scope=\"row\">" + fast.organisation().name() + "</th>", ">55 min<",
                        "<th scope=\"row\">" + slow.organisation().name() + "</th>", ">2 h 25 min<");
        assertThat(table.indexOf(fast.organisation().name())).isLessThan(table.indexOf(slow.organisation().name()));
        assertThat(table).doesNotContain(sharer.organisation().name());
    }

    private static String hex() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    @Test
    void aClosedCrisisWithoutReviewIsFlaggedOnTheReviewTheBoardAndTheListAfterThirtyDays() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Review Flag");
        Tenant host = optedIn("Review Flag Host");
        String id = as(host).postJson("/api/v1/crises", Map.of("title", "Flag me", "observation", "Stream"))
                .json().get("id").get("value").asString();
        as(europol).postJson("/api/v1/crises/" + id + "/steps", step("ACTIVATE", "Criteria met"));
        as(europol).postJson("/api/v1/crises/" + id + "/steps", step("CLOSE", "Contained"));
        Http coordinator = session(europol);
        String page = "/crises/" + id + "/review";
        assertThat(coordinator.get(page).body()).contains("id=\"review-due\"").doesNotContain("id=\"review-flagged\"");

        clock.advance(Duration.ofDays(30).minusMinutes(1));
        assertThat(coordinator.get(page).body()).doesNotContain("id=\"review-flagged\"");
        clock.advance(Duration.ofMinutes(1));
        sweep.sweep();
        assertThat(coordinator.get(page).body()).contains("id=\"review-flagged\"");
        assertThat(coordinator.get("/crises/" + id).body()).contains("id=\"review-flagged\"");
        assertThat(coordinator.get("/crises").body()).contains("class=\"badge bad review-flag\" href=\"" + page + "\"");
        assertThat(audit.trail("crisis_case", id).getLast().action()).isEqualTo("crisis.review_overdue");

        coordinator.postForm(page, page, "review=Late but done");
        assertThat(coordinator.get(page).body()).doesNotContain("id=\"review-flagged\"");
        assertThat(coordinator.get("/crises").body()).doesNotContain("href=\"" + page + "\"");
    }
}
