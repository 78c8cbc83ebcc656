package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/** The bank pages in the browser: list, create, bank with entries, add and disable, search by hash, match test. */
class BankPagesIntegrationTests extends IntegrationTest {

    /** Issue 12, broken point 2: the bank page's Export links worked only with an API token. */
    @Test
    void exportLinksOfTheBankPageDownloadUnderTheSession() {
        Tenant t = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Export Pages");
        Http browser = http();
        browser.login(t.username(), PASSWORD);
        var created = browser.postForm("/banks", "/banks",
                "name=Export+bank&purpose=Testing&signalTypes=PDQ&pdqThreshold=20&sharing=PRIVATE");
        String bankPath = created.location().replaceFirst("^https?://[^/]+", "");
        String hash = BankFixture.randomPdq(new java.util.Random());
        browser.postForm(bankPath, bankPath + "/entries", "signalType=PDQ&value=" + hash + "&labels=TVE-3&source=ORDER&sourceId=RO-9");
        String page = browser.get(bankPath).body();
        assertThat(page).contains("href=\"" + bankPath + "/export?format=csv\"").doesNotContain("href=\"/api/v1/banks/");

        var csv = browser.get(bankPath + "/export?format=csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).hasValueSatisfying(c -> assertThat(c).startsWith("text/csv"));
        assertThat(csv.body()).contains(hash);
        var json = browser.get(bankPath + "/export?format=json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains(hash);
        assertThat(browser.get(bankPath + "/export?format=pdqidx").status()).isEqualTo(200);

        Tenant other = tenant(OrganisationKind.COMPETENT_AUTHORITY, "FR", "Bank Export Stranger");
        Http stranger = http();
        stranger.login(other.username(), PASSWORD);
        var refused = stranger.get(bankPath + "/export?format=csv");
        assertThat(refused.status()).isIn(403, 404);
        assertThat(refused.body()).doesNotContain(hash);
        assertThat(http().get(bankPath + "/export?format=csv").body()).doesNotContain(hash);
    }

    @Test
    void createsBankAddsAndDisablesEntryAndSearchesThroughThePages() {
        Tenant t = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Pages");
        Http browser = http();
        browser.login(t.username(), PASSWORD);
        assertThat(browser.get("/banks").body()).contains("id=\"nav-banks\"").contains("id=\"create-bank\"");

        var created = browser.postForm("/banks", "/banks",
                "name=Page+bank&purpose=Testing&signalTypes=PDQ&signalTypes=URL&pdqThreshold=20&sharing=PRIVATE");
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String bankPath = created.location().replaceFirst("^https?://[^/]+", "");
        assertThat(bankPath).startsWith("/banks/");

        String hash = BankFixture.randomPdq(new java.util.Random());
        var added = browser.postForm(bankPath, bankPath + "/entries",
                "signalType=PDQ&value=" + hash + "&labels=TVE-3&labels=BL-2&source=ORDER&sourceId=RO-7");
        assertThat(added.status()).as(added.body()).isEqualTo(302);
        String page = browser.get(bankPath).body();
        assertThat(page).contains(hash).contains("TVE-3").contains("RO-7").contains("Page bank");

        var refused = browser.postForm(bankPath, bankPath + "/entries", "signalType=PDQ&value=abc");
        assertThat(refused.status()).as("back to the bank page").isEqualTo(302);
        assertThat(refused.location()).endsWith(bankPath);
        String shown = browser.follow(refused).body();
        assertThat(shown).contains("id=\"form-errors\"").contains("value=\"abc\"");

        String search = browser.get("/banks/search?signalType=PDQ&value=" + BankFixture.flip(hash, 7)).body();
        assertThat(search).contains(hash).contains("class=\"distance\">7<");

        long entry = http().bearer(t.token()).get("/api/v1/" + bankPath.substring(1) + "/entries").json()
                .get("items").get(0).get("id").asLong();
        var disabled = browser.postForm(bankPath, bankPath + "/entries/" + entry + "/disable", "");
        assertThat(disabled.status()).isEqualTo(302);
        assertThat(http().bearer(t.token()).get("/api/v1/" + bankPath.substring(1) + "/entries/" + entry).json()
                .get("enabled").asBoolean()).isFalse();

        assertThat(browser.get(bankPath + "/import").body()).contains("id=\"import-submit\"");
        assertThat(browser.get("/match-test").body()).contains("id=\"match-submit\"");
    }

    @Test
    void anotherOrganisationsPrivateBankPageIsNotFound() {
        Tenant owner = tenant(OrganisationKind.COMPETENT_AUTHORITY, "FR", "Bank Page Owner");
        String bank = BankFixture.createBank(http().bearer(owner.token()), "Hidden", List.of("PDQ"), "PRIVATE", List.of(),
                false).get("id").asString();
        Tenant other = provider("Bank Page Other", "FR", "fr");
        Http browser = http();
        browser.login(other.username(), PASSWORD);
        assertThat(browser.get("/banks/" + bank).status()).isEqualTo(404);
        assertThat(browser.get("/banks/" + bank + "/import").status()).isEqualTo(404);
        assertThat(browser.get("/banks").body()).doesNotContain(bank);
    }

    @Test
    void anImportFromThePageShowsItsProgressThenTheValidationReport() throws Exception {
        Tenant owner = tenant(OrganisationKind.COMPETENT_AUTHORITY, "FI", "Bank Import Page");
        String bank = BankFixture.privatePdqBank(http().bearer(owner.token())).get("id").asString();
        Http browser = http();
        browser.login(owner.username(), PASSWORD);
        java.util.Random random = new java.util.Random(5);
        StringBuilder csv = new StringBuilder("signal_type,value,labels,source_kind,source_id\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append("PDQ,").append(BankFixture.randomPdq(random)).append(",TVE-1,IMPORT,page\n");
        }
        csv.append("PDQ,not-hex,TVE-1,IMPORT,page\nMD5,900150983cd24fb0d6963f7d28e17f72,NO-SUCH-LABEL,IMPORT,page\n");
        String token = Http.csrf(browser.get("/banks/" + bank + "/import").body());
        String boundary = "vigil" + java.util.UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        var started = browser.post("/banks/" + bank + "/import", "multipart/form-data; boundary=" + boundary, body);
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        String jobPath = started.location().replaceFirst("^https?://[^/]+", "");
        assertThat(jobPath).startsWith("/banks/" + bank + "/imports/");
        assertThat(browser.get(jobPath).body()).contains("id=\"import-progress\"");

        String fragment = browser.get(jobPath + "/progress").body();
        assertThat(fragment).as("30,000 rows take a few seconds: the page polls meanwhile").contains("hx-trigger=\"every 1s\"")
                .contains("<progress");
        for (int i = 0; i < 600 && fragment.contains("hx-trigger"); i++) {
            Thread.sleep(100);
            fragment = browser.get(jobPath + "/progress").body();
        }
        assertThat(fragment).doesNotContain("hx-trigger").contains("id=\"import-report\"")
                .contains("30,002 rows: 30,000 added, 0 already present, 2 refused").contains("id=\"import-errors\"")
                .contains("NO-SUCH-LABEL");
        assertThat(http().bearer(owner.token()).get("/api/v1/banks/" + bank + "/entries?size=1").json().get("total")
                .asLong()).isEqualTo(30_000);

        Tenant other = tenant(OrganisationKind.COMPETENT_AUTHORITY, "FI", "Bank Import Stranger");
        Http stranger = http();
        stranger.login(other.username(), PASSWORD);
        assertThat(stranger.get(jobPath + "/progress").status()).isEqualTo(404);
    }
}
