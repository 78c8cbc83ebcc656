package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.index.PdqIndex;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Bulk import with a per-row report (good rows kept), large streamed uploads, and export in every format. */
class BankImportIntegrationTests extends IntegrationTest {

    @Test
    void csvWithGoodAndBadRowsKeepsTheGoodOnesAndNamesEachProblem() {
        Http http = http().bearer(tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Importer").token());
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        Random random = new Random(7);
        String good = BankFixture.randomPdq(random);
        String csv = """
                signal_type,value,labels,source_kind,source_id
                PDQ,%s,TVE-3,,
                PDQ,%s,TVE-3,,
                PDQ,abcd,,,
                MD5,900150983cd24fb0d6963f7d28e17f72,XYZ,,
                SHA1,a9993e364706816aba3e25717850c26c9cd0d89d,,,
                PDQ,%s,,,
                URL,https://Example.eu/x,"TVE-1;BL-2",REFERRAL,REF-9
                MD5,0cc175b9c0f1b6a831c399e269772661,CSAM,CRISIS,CR-1
                """.formatted(good, "zz" + good.substring(2), good.toUpperCase());
        var r = http.post("/api/v1/banks/" + bank + "/import", "text/csv", csv);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("rows").asLong()).isEqualTo(8);
        assertThat(report.get("added").asLong()).isEqualTo(3);
        assertThat(report.get("duplicates").asLong()).isEqualTo(1);
        assertThat(report.get("refused").asLong()).isEqualTo(4);
        assertThat(problems(report)).containsExactly(
                "2 value", "3 value", "4 labels", "5 signal_type");
        assertThat(report.get("problems").get(0).get("message").asString()).containsIgnoringCase("hex");
        assertThat(report.get("problems").get(1).get("message").asString()).contains("64");
        var entries = http.get("/api/v1/banks/" + bank + "/entries").json();
        assertThat(entries.get("total").asLong()).isEqualTo(3);
        assertThat(entries.toString()).contains("https://example.eu/x").contains("REF-9").contains("CR-1");
        assertThat(http.get("/api/v1/audit?action=bank.imported").body()).contains(bank);
    }

    @Test
    void jsonImportReportsBadRowsByNumber() {
        Http http = http().bearer(tenant(OrganisationKind.EUROPOL, null, "Bank Json").token());
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        String json = """
                [{"signal_type":"MD5","value":"900150983cd24fb0d6963f7d28e17f72","labels":["TVE-1","BL-2"]},
                 {"signalType":"SHA256","value":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","labels":"THB"},
                 {"signal_type":"PDQ","value":"1234","labels":[]},
                 {"signal_type":"URL","value":"not a url"}]""";
        var r = http.post("/api/v1/banks/" + bank + "/import?format=json", "application/json", json);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("added").asLong()).as(r.body()).isEqualTo(2);
        assertThat(problems(r.json())).containsExactly("3 value", "4 value");
    }

    @Test
    void streamsAHundredThousandRowsAndMatchesThem() throws Exception {
        Tenant t = tenant(OrganisationKind.COMPETENT_AUTHORITY, "NL", "Bank Bulk");
        Http http = http().bearer(t.token());
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(8_000_000).append("signal_type,value,labels\n");
        String probe = null;
        for (int i = 0; i < 100_000; i++) {
            String h = BankFixture.randomPdq(random);
            if (i == 77_777) {
                probe = h;
            }
            csv.append("PDQ,").append(h).append(",TVE-3\n");
        }
        var r = http.post("/api/v1/banks/" + bank + "/import", "text/csv", csv.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("added").asLong()).isEqualTo(100_000);
        var match = BankIntegrationTests.match(http, BankFixture.flip(probe, 5));
        assertThat(BankFixture.banksOf(match.get("matches"))).contains(bank);

        byte[] snapshot = BankFixture.getBytes("http://localhost:" + port, t.token(), "/api/v1/banks/"
                + bank + "/export?format=pdqidx");
        Path file = Files.createTempFile("bank", ".pdqidx");
        try {
            Files.write(file, snapshot);
            PdqIndex index = PdqIndex.readSnapshot(file);
            assertThat(index.size()).isEqualTo(100_000);
            assertThat(index.search(PdqHash.parse(probe))).hasSize(1);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void exportsCsvAndJsonThatImportBack() {
        Tenant t = tenant(OrganisationKind.COMPETENT_AUTHORITY, "IE", "Bank Exporter");
        Http http = http().bearer(t.token());
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        BankFixture.addEntry(http, bank, "PDQ", BankFixture.PDQ_A, "TVE-3", "BL-1");
        BankFixture.addEntry(http, bank, "URL", "https://example.eu/a,b", "TVE-1");
        String csv = http.get("/api/v1/banks/" + bank + "/export?format=csv").body();
        assertThat(csv).startsWith(BankFormat.COLUMNS + "\n").contains(BankFixture.PDQ_A + ",TVE-3;BL-1,ORDER,RO-1")
                .contains("\"https://example.eu/a,b\"");
        JsonNode json = http.get("/api/v1/banks/" + bank + "/export?format=json").json();
        assertThat(json.size()).isEqualTo(2);

        String copy = BankFixture.privatePdqBank(http).get("id").asString();
        var report = http.post("/api/v1/banks/" + copy + "/import", "text/csv", csv).json();
        assertThat(report.get("added").asLong()).as(report.toString()).isEqualTo(2);
        var fromJson = http.post("/api/v1/banks/" + BankFixture.privatePdqBank(http).get("id").asString()
                + "/import", "application/json", json.toString()).json();
        assertThat(fromJson.get("added").asLong()).as(fromJson.toString()).isEqualTo(2);
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        Http http = http().bearer(tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Header").token());
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        var r = http.post("/api/v1/banks/" + bank + "/import", "text/csv", "hash,label\nabc,TVE-1\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("signal_type");
    }

    private static List<String> problems(JsonNode report) {
        List<String> list = new java.util.ArrayList<>();
        for (JsonNode p : report.get("problems")) {
            list.add(p.get("row").asLong() + " " + p.get("column").asString());
        }
        return list;
    }

    @Test
    void fileUploadsLargerThanAMegabyteAreAccepted() {
        var t = tenant(OrganisationKind.EUROPOL, null, "Big Upload");
        Http http = http().bearer(t.token());
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        java.util.Random random = new java.util.Random(11);
        StringBuilder csv = new StringBuilder("signal_type,value,labels,source_kind,source_id\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append("PDQ,").append(BankFixture.randomPdq(random)).append(",TVE-1,IMPORT,upload\n");
        }
        byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        org.assertj.core.api.Assertions.assertThat(file.length).isGreaterThan(2_000_000);
        var r = BankFixture.postMultipart("http://localhost:" + port, t.token(), "/api/v1/banks/" + bank + "/import",
                "file", "big.csv", "text/csv", file);
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(r.json().get("added").asLong()).isEqualTo(30_000);
    }
}
