package eu.vigil.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Referral action days (R36): one upload, one referral per provider, a result for every row, a campaign summary. */
class ActionDayIntegrationTests extends IntegrationTest {

    @Test
    void anUploadSendsOneReferralPerProviderAndEveryRowHasItsResult() {
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU action day");
        var north = provider("North Video", "IE", "en");
        var south = provider("South Forum", "IE", "en");
        String run = UUID.randomUUID().toString();
        String csv = "provider,url,hash,terms_clause,category,language,account\n"
                + north.organisation().name() + ",https://north.example/" + run + "/1,,,,ar,@channel1\n"
                + north.organisation().name() + ",https://north.example/" + run + "/2,md5:" + "ab".repeat(16) + ",Violent orgs 2.1,,ar,\n"
                + south.id() + ",https://south.example/" + run + "/1,,,,,\n"
                + "Nobody Hosting,https://nobody.example/" + run + "/1,,,,,\n"
                + north.organisation().name() + ",https://NORTH.example/" + run + "/1/?utm_campaign=x,,,,ar,\n"
                + south.organisation().name() + ",ftp://south.example/" + run + "/2,,,,,\n"
                + south.organisation().name() + ",https://south.example/" + run + "/3," + "c".repeat(64) + ",,,,\n";
        var imported = http().bearer(europol.token()).postJson("/api/v1/referral-action-days", Map.of("name",
                "Action day against propaganda targeting minors", "category", "TERRORIST_PROPAGANDA", "termsClause",
                "Dangerous organisations", "requestedResponseHours", 48, "csv", csv));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode rows = imported.json().get("rows");
        assertThat(rows).hasSize(7);
        Map<Integer, String> status = new HashMap<>();
        rows.forEach(r -> status.put(r.get("row").asInt(), r.get("status").asString()));
        assertThat(status).containsEntry(1, "REFERRED").containsEntry(2, "REFERRED").containsEntry(3, "REFERRED")
                .containsEntry(4, "REFUSED").containsEntry(5, "REFUSED").containsEntry(6, "REFUSED").containsEntry(7, "REFUSED");
        assertThat(rows.get(3).get("message").asString()).contains("no provider 'Nobody Hosting'");
        assertThat(rows.get(4).get("message").asString()).contains("repeats row 1");
        assertThat(rows.get(5).get("message").asString()).contains("http or https");
        assertThat(rows.get(6).get("message").asString()).contains("hash").contains("PDQ or a SHA-256");
        assertThat(rows.get(0).get("referral").asString()).isEqualTo(rows.get(1).get("referral").asString());
        assertThat(rows.get(0).get("referral").asString()).isNotEqualTo(rows.get(2).get("referral").asString());

        JsonNode summary = imported.json().get("summary");
        assertThat(summary.get("total").get("referrals").asInt()).isEqualTo(2);
        assertThat(summary.get("total").get("items").asInt()).isEqualTo(3);
        assertThat(summary.get("refused").asInt()).isEqualTo(4);

        String referral = rows.get(0).get("referral").asString();
        var north1 = http().bearer(north.token()).get("/api/v1/referrals/" + referral).json();
        assertThat(north1.get("actionDayId").asString()).isEqualTo(imported.json().get("summary").get("day").get("id").asString());
        assertThat(north1.get("items").get(0).get("account").asString()).isEqualTo("@channel1");
        assertThat(north1.get("items").get(1).get("termsClause").asString()).isEqualTo("Violent orgs 2.1");
        http().bearer(north.token()).postJson("/api/v1/referrals/" + referral + "/feedback", Map.of("items", java.util.List.of(
                Map.of("position", 1, "outcome", "ACTIONED", "action", "REMOVED"),
                Map.of("position", 2, "outcome", "NOT_APPLICABLE"))));
        String day = summary.get("day").get("id").asString();
        JsonNode after = http().bearer(europol.token()).get("/api/v1/referral-action-days/" + day).json();
        JsonNode northLine = after.get("providers").get(0);
        assertThat(northLine.get("providerName").asString()).isEqualTo(north.organisation().name());
        assertThat(northLine.get("actioned").asInt()).isEqualTo(1);
        assertThat(northLine.get("notApplicable").asInt()).isEqualTo(1);
        assertThat(http().bearer(north.token()).get("/api/v1/referral-action-days/" + day).status())
                .as("the campaign is the sender's").isEqualTo(404);
        String rowsCsv = http().bearer(europol.token()).get("/api/v1/referral-action-days/" + day + "/rows.csv").body();
        assertThat(rowsCsv.lines()).hasSize(8);
        assertThat(rowsCsv).contains("REFUSED").contains("false");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAsAWholeAndNothingIsSent() {
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU bad file");
        var bad = http().bearer(europol.token()).postJson("/api/v1/referral-action-days", Map.of("name", "Bad",
                "csv", "address,link\nx,y\n"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("file").contains("provider");
        assertThat(http().bearer(europol.token()).get("/api/v1/referral-action-days").json()).isEmpty();
    }
}
