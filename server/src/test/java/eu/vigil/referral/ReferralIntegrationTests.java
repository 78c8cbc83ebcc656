package eu.vigil.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.testing.Told;
import tools.jackson.databind.JsonNode;

/**
 * Referrals over real HTTP and PostgreSQL (R36, R11, R37, R38): non-binding everywhere, per-item feedback, held by an
 * investigation flag and released by an audited override, duplicates across Member States seen by the provider.
 */
class ReferralIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private static String unique(String path) {
        return "https://video.example/" + path + "/" + UUID.randomUUID();
    }

    @Test
    void europolRefersTheProviderAnswersPerItemAndTheOutcomeFollows() {
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU");
        var host = provider("Referral Host", "IE", "en");
        new Told(jdbc, clock).withWebhook(host);
        String a = unique("a"), b = unique("b");
        var sent = http().bearer(europol.token()).postJson("/api/v1/referrals",
                ReferralFixture.referral(host, a, b + "|md5:" + "0123456789abcdef".repeat(2)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode referral = sent.json().get("referral");
        String id = referral.get("id").asString();
        assertThat(referral.get("binding").asBoolean()).isFalse();
        assertThat(referral.get("label").asString()).contains("Non-binding").contains("not a removal order");
        assertThat(referral.get("reference").asString()).startsWith("REF-EU-");
        assertThat(referral.get("state").asString()).isEqualTo("SENT");
        assertThat(referral.get("respondBy").asString()).isNotBlank();
        assertThat(referral.get("items").get(1).get("hashType").asString()).isEqualTo("MD5");

        var told = new Told(jdbc, clock);
        assertThat(told.notifications(host, id)).containsExactly("referral.received");
        assertThat(told.payloads(host, "referral.received", id)).singleElement().asString().contains("\"binding\":false");
        assertThat(http().bearer(host.token()).get("/api/v1/referrals").body()).contains(id);

        var first = http().bearer(host.token()).postJson("/api/v1/referrals/" + id + "/items/1/feedback",
                Map.of("outcome", "ACTIONED", "action", "GEO_BLOCKED", "memberStates", List.of("DE", "FR")));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("state").asString()).isEqualTo("SENT");
        var again = http().bearer(host.token()).postJson("/api/v1/referrals/" + id + "/items/1/feedback",
                ReferralFixture.actioned("REMOVED"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("ALREADY_ANSWERED");
        var noReason = http().bearer(host.token()).postJson("/api/v1/referrals/" + id + "/items/2/feedback",
                Map.of("outcome", "NOT_ACTIONED"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        var last = http().bearer(host.token()).postJson("/api/v1/referrals/" + id + "/items/2/feedback",
                Map.of("outcome", "NOT_ACTIONED", "reason", "News reporting on the attack, allowed by our policy"));
        assertThat(last.json().get("state").asString()).isEqualTo("ANSWERED");
        assertThat(last.json().get("outcome").asString()).isEqualTo("PARTLY_ACTIONED");
        assertThat(last.json().get("responseMinutes").asLong()).isZero();
        assertThat(told.notifications(europol, id)).contains("referral.items_answered", "referral.answered");
    }

    @Test
    void onlyReferralUnitsSendAndOnlyTheAddresseeAnswers() {
        var host = provider("Referral Guard Host", "IE", "en");
        var other = provider("Referral Other Host", "IE", "en");
        var iru = tenant(OrganisationKind.COMPETENT_AUTHORITY, "AT", "AT IRU");
        assertThat(http().bearer(host.token()).postJson("/api/v1/referrals", ReferralFixture.referral(other, unique("x")))
                .status()).isEqualTo(403);
        var sent = http().bearer(iru.token()).postJson("/api/v1/referrals", ReferralFixture.referral(host, unique("y")));
        String id = sent.json().get("referral").get("id").asString();
        assertThat(sent.json().get("referral").get("reference").asString()).startsWith("REF-AT-");
        assertThat(http().bearer(other.token()).get("/api/v1/referrals/" + id).status()).isEqualTo(404);
        assertThat(http().bearer(other.token()).postJson("/api/v1/referrals/" + id + "/items/1/feedback",
                ReferralFixture.actioned("REMOVED")).status()).isEqualTo(404);
        assertThat(http().bearer(iru.token()).postJson("/api/v1/referrals/" + id + "/items/1/feedback",
                ReferralFixture.actioned("REMOVED")).body()).contains("NOT_ADDRESSEE");
        var bad = http().bearer(iru.token()).postJson("/api/v1/referrals", Map.of("providerId", host.id(),
                "category", "TERRORIST_PROPAGANDA", "items", List.of(Map.of("url", "https://x.example/1",
                        "hash", "f".repeat(64), "termsClause", "3"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("items[0].hash").contains("PDQ or a SHA-256");
        var withdrawn = http().bearer(iru.token()).postJson("/api/v1/referrals/" + id + "/withdraw", "{}");
        assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(new Told(jdbc, clock).notifications(host, id)).contains("referral.withdrawn");
    }

    @Test
    void aReferralHeldByAnInvestigationFlagIsReleasedByAnAuditedOverride() {
        var bka = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "BKA investigation");
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU hold");
        var host = provider("Held Host", "IE", "en");
        String url = unique("flagged");
        assertThat(http().bearer(bka.token()).postJson("/api/v1/investigation-flags", Map.of("kind", "URL", "value", url,
                "caseReference", "BKA-ST-2026-118")).status()).isEqualTo(201);

        var sent = http().bearer(europol.token()).postJson("/api/v1/referrals", ReferralFixture.referral(host, url, unique("free")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("held").asBoolean()).isTrue();
        assertThat(sent.json().get("deconflictionHits").toString()).contains(bka.organisation().name())
                .doesNotContain("BKA-ST-2026-118");
        String id = sent.json().get("referral").get("id").asString();
        assertThat(sent.json().get("referral").get("items").get(0).get("held").asBoolean()).isTrue();
        assertThat(http().bearer(host.token()).get("/api/v1/referrals/" + id).status()).as("held from the provider").isEqualTo(404);
        var told = new Told(jdbc, clock);
        assertThat(told.notifications(host, id)).isEmpty();
        assertThat(told.notifications(europol, id)).contains("referral.held");
        assertThat(jdbc.sql("select count(*) from notification n join organisation o on o.id = n.organisation_id where o.id = ? and n.kind = 'deconfliction.hit'")
                .param(UUID.fromString(bka.id())).query(Integer.class).single()).as("the flag holder is told").isPositive();

        var unjustified = http().bearer(europol.token()).postJson("/api/v1/referrals/" + id + "/release", Map.of());
        assertThat(unjustified.status()).isEqualTo(422);
        assertThat(unjustified.body()).contains("JUSTIFICATION_REQUIRED");
        var released = http().bearer(europol.token()).postJson("/api/v1/referrals/" + id + "/release",
                Map.of("justification", "Coordinated with BKA: the account is preserved, removal agreed"));
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().get("state").asString()).isEqualTo("SENT");
        assertThat(released.json().get("releaseJustification").asString()).contains("Coordinated with BKA");
        assertThat(http().bearer(host.token()).get("/api/v1/referrals/" + id).status()).isEqualTo(200);
        assertThat(told.notifications(host, id)).containsExactly("referral.received");
        assertThat(jdbc.sql("select count(*) from audit_record where subject_id = ? and details::text like '%Coordinated with BKA%'")
                .param(id).query(Integer.class).single()).as("the override is audited").isPositive();
    }

    @Test
    void aDuplicateAcrossTwoMemberStatesWarnsTheSecondSenderAndTheProviderSeesBoth() {
        var de = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "DE IRU dup");
        var fr = tenant(OrganisationKind.COMPETENT_AUTHORITY, "FR", "FR PHAROS dup");
        var host = provider("Duplicate Host", "IE", "en");
        String path = "/watch/" + UUID.randomUUID();
        var first = http().bearer(de.token()).postJson("/api/v1/referrals",
                ReferralFixture.referral(host, "https://video.example" + path));
        String deId = first.json().get("referral").get("id").asString();
        String deRef = first.json().get("referral").get("reference").asString();
        assertThat(first.json().get("duplicates")).isEmpty();

        var second = http().bearer(fr.token()).postJson("/api/v1/referrals",
                ReferralFixture.referral(host, "HTTPS://VIDEO.EXAMPLE:443" + path + "/?utm_source=telegram"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        JsonNode warning = second.json().get("duplicates").get(0);
        assertThat(warning.get("reference").asString()).isEqualTo(deRef);
        assertThat(warning.get("sender").asString()).contains(de.organisation().name()).contains("DE");
        assertThat(warning.get("href").asString()).isEqualTo("/referrals/" + deId);
        String frId = second.json().get("referral").get("id").asString();

        var seen = http().bearer(host.token()).get("/api/v1/referrals/" + frId).json();
        assertThat(seen.get("items").get(0).get("alsoSentBy").toString()).contains(deRef).contains(de.organisation().name());
        var seenFirst = http().bearer(host.token()).get("/api/v1/referrals/" + deId).json();
        assertThat(seenFirst.get("items").get(0).get("alsoSentBy").toString()).contains(fr.organisation().name());

        http().bearer(host.token()).postJson("/api/v1/referrals/" + deId + "/items/1/feedback", ReferralFixture.actioned("REMOVED"));
        assertThat(http().bearer(host.token()).get("/api/v1/referrals/" + frId).json().get("items").get(0).get("alsoSentBy"))
                .as("an answered item no longer counts as open").isEmpty();
    }

    @Test
    void theReferralPagesSayNonBindingAndTakeAnswersPerItem() throws Exception {
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU pages");
        var host = provider("Page Host", "IE", "en");
        var sender = http();
        sender.login(europol.username(), PASSWORD);
        String url = unique("page");
        var posted = sender.postForm("/referrals/new", "/referrals", "providerId=" + host.id()
                + "&category=DRUG_SALE_OFFER&language=en&requestedResponseHours=48&termsClause=Regulated+goods&items="
                + java.net.URLEncoder.encode(url + "\nnot a url", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).contains("line 2").contains("absolute http or https URL");
        posted = sender.postForm("/referrals/new", "/referrals", "providerId=" + host.id()
                + "&category=DRUG_SALE_OFFER&language=en&requestedResponseHours=48&termsClause=Regulated+goods&items="
                + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(posted.status()).isEqualTo(302);
        String id = posted.location().replaceAll(".*/referrals/", "");
        var provider = http();
        provider.login(host.username(), PASSWORD);
        String page = provider.get("/referrals/" + id).body();
        assertThat(page).contains("Non-binding referral").contains("not a removal order").contains("answer-item-1");
        var refused = provider.postForm("/referrals/" + id, "/referrals/" + id + "/items/1/feedback", "outcome=NOT_ACTIONED");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Reason").contains("say why the item stays online");
        var answered = provider.postForm("/referrals/" + id, "/referrals/" + id + "/items/1/feedback",
                "outcome=ACTIONED&action=REMOVED");
        assertThat(answered.status()).isEqualTo(302);
        assertThat(sender.get("/referrals/" + id).body()).contains("Answered").contains("Removed");

        byte[] pdf = provider.bytes("/referrals/" + id + ".pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("NON-BINDING REFERRAL", "not a removal order", "video.example/", "Removed", "no legal deadline");
            var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 80);
            var dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(image, "png", dir.resolve("referral-pdf-1.png").toFile());
        }
    }
}
