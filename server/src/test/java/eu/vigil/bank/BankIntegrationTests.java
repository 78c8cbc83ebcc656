package eu.vigil.bank;

import static eu.vigil.bank.BankFixture.PDQ_A;
import static eu.vigil.bank.BankFixture.addEntry;
import static eu.vigil.bank.BankFixture.privatePdqBank;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/** Banks and entries through the API: create, change, add, disable, enable, browse, audit. */
class BankIntegrationTests extends IntegrationTest {

    @Test
    void createsBankWithDefaultThresholdAndListsIt() {
        Tenant authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Authority");
        Http http = http().bearer(authority.token());
        var bank = BankFixture.createBank(http, "TCO hashes", List.of("PDQ", "md5"), "PRIVATE", List.of(), false);
        assertThat(bank.get("pdqThreshold").asInt()).isEqualTo(31);
        assertThat(bank.get("owner").asString()).isEqualTo(authority.id());
        assertThat(bank.get("suppression").asBoolean()).isFalse();
        String id = bank.get("id").asString();
        assertThat(http.get("/api/v1/banks").body()).contains(id);
        assertThat(http.get("/api/v1/banks/" + id).json().get("name").asString()).startsWith("TCO hashes");
        assertThat(http.get("/api/v1/audit?action=bank.created").body()).contains(id);
    }

    @Test
    void refusesInvalidBankNamingEachField() {
        Http http = http().bearer(tenant(OrganisationKind.COMPETENT_AUTHORITY, "FR", "Bank Invalid").token());
        var r = http.postJson("/api/v1/banks", Map.of("name", "", "purpose", "", "signalTypes", List.of("PDQ", "TLSH"),
                "pdqThreshold", 300));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.body()).contains("\"name\"").contains("\"purpose\"").contains("signalTypes").contains("TLSH");
    }

    @Test
    void ownerChangesThresholdAndSharing() {
        Tenant owner = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Changer");
        Http http = http().bearer(owner.token());
        String id = privatePdqBank(http).get("id").asString();
        var r = http.putJson("/api/v1/banks/" + id, Map.of("name", "Renamed", "purpose", "p", "signalTypes", List.of("PDQ"),
                "pdqThreshold", 12, "sharing", "PUBLISHED"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("pdqThreshold").asInt()).isEqualTo(12);
        assertThat(r.json().get("sharing").asString()).isEqualTo("PUBLISHED");
        assertThat(http.get("/api/v1/audit?action=bank.changed").body()).contains(id);
    }

    @Test
    void addsEntriesInCanonicalFormWithLabelsAndProvenance() {
        Tenant owner = tenant(OrganisationKind.EUROPOL, null, "Bank Europol");
        Http http = http().bearer(owner.token());
        String id = privatePdqBank(http).get("id").asString();
        var pdq = addEntry(http, id, "PDQ", PDQ_A.toUpperCase(), "TVE-3", "bl_2");
        assertThat(pdq.get("value").asString()).isEqualTo(PDQ_A);
        assertThat(pdq.get("labels").toString()).contains("TVE-3").contains("BL-2");
        assertThat(pdq.get("provenance").get("source").asString()).isEqualTo("ORDER");
        assertThat(pdq.get("provenance").get("sourceId").asString()).isEqualTo("RO-1");
        assertThat(pdq.get("provenance").get("organisation").asString()).isEqualTo(owner.id());
        var url = addEntry(http, id, "URL", "HTTPS://Example.EU:443/a?b=1#frag", "TVE-1");
        assertThat(url.get("value").asString()).isEqualTo("https://example.eu/a?b=1");
        assertThat(http.get("/api/v1/banks/" + id + "/entries?value=f8f8").json().get("total").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/bank-labels").body()).contains("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY")
                .contains("CSAM");
    }

    @Test
    void refusesMalformedEntries() {
        Http http = http().bearer(tenant(OrganisationKind.COMPETENT_AUTHORITY, "AT", "Bank Strict").token());
        String id = privatePdqBank(http).get("id").asString();
        var shortHash = http.postJson("/api/v1/banks/" + id + "/entries", Map.of("signalType", "PDQ", "value", "abc"));
        assertThat(shortHash.status()).isEqualTo(400);
        assertThat(shortHash.body()).contains("value");
        var badLabel = http.postJson("/api/v1/banks/" + id + "/entries",
                Map.of("signalType", "MD5", "value", "900150983cd24fb0d6963f7d28e17f72", "labels", List.of("XYZ")));
        assertThat(badLabel.status()).isEqualTo(400);
        assertThat(badLabel.body()).contains("unknown label");
        addEntry(http, id, "MD5", "900150983cd24fb0d6963f7d28e17f72");
        var duplicate = http.postJson("/api/v1/banks/" + id + "/entries",
                Map.of("signalType", "MD5", "value", "900150983CD24FB0D6963F7D28E17F72"));
        assertThat(duplicate.status()).isEqualTo(400);
        var ftp = http.postJson("/api/v1/banks/" + id + "/entries", Map.of("signalType", "URL", "value", "ftp://x.eu/"));
        assertThat(ftp.status()).isEqualTo(400);
    }

    @Test
    void disablesWithoutDeletingAndReEnables() {
        Http http = http().bearer(tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Disabler").token());
        String id = privatePdqBank(http).get("id").asString();
        String hash = BankFixture.randomPdq(new java.util.Random());
        long entry = addEntry(http, id, "PDQ", hash, "TVE-3").get("id").asLong();
        var disabled = http.postJson("/api/v1/banks/" + id + "/entries/" + entry + "/disable", "{}");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/banks/" + id + "/entries/" + entry).json().get("enabled").asBoolean()).isFalse();
        assertThat(match(http, hash).get("matches").size()).isZero();
        http.postJson("/api/v1/banks/" + id + "/entries/" + entry + "/enable", "{}");
        assertThat(match(http, hash).get("matches").size()).isEqualTo(1);
        String audit = http.get("/api/v1/audit?action=bank_entry").body();
        assertThat(audit).contains("bank_entry.added").contains("bank_entry.disabled").contains("bank_entry.enabled");
    }

    @Test
    void viewerMayReadButNotWrite() {
        Tenant owner = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Roles");
        Http http = http().bearer(owner.token());
        String id = privatePdqBank(http).get("id").asString();
        String viewerToken = tokens.issue(owner.admin(), owner.organisation().id(), "viewer",
                java.util.Set.of(eu.vigil.identity.Role.VIEWER), null).token();
        Http viewer = http().bearer(viewerToken);
        assertThat(viewer.get("/api/v1/banks/" + id).status()).isEqualTo(200);
        assertThat(viewer.postJson("/api/v1/banks/" + id + "/entries", Map.of("signalType", "PDQ", "value", PDQ_A))
                .status()).isEqualTo(403);
    }

    static tools.jackson.databind.JsonNode match(Http http, String pdq) {
        var r = http.postJson("/api/v1/match", Map.of("signals", List.of(Map.of("signalType", "PDQ", "value", pdq))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("results").get(0);
    }
}
