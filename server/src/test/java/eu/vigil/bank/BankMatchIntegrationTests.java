package eu.vigil.bank;

import static eu.vigil.bank.BankFixture.addEntry;
import static eu.vigil.bank.BankFixture.flip;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The match service: batches of hashes, images hashed on the server, per-bank thresholds, suppression, counts. */
class BankMatchIntegrationTests extends IntegrationTest {

    private final Random random = new Random();

    @Test
    void matchesPdqWithinEachBanksThresholdAndExactTypesExactly() {
        Tenant t = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Matcher");
        Http http = http().bearer(t.token());
        String wide = BankFixture.privatePdqBank(http).get("id").asString();
        String narrow = BankFixture.createBank(http, "Narrow", List.of("PDQ"), "PRIVATE", List.of(), false).get("id").asString();
        http.putJson("/api/v1/banks/" + narrow, Map.of("name", "Narrow " + random.nextInt(), "purpose", "p",
                "signalTypes", List.of("PDQ"), "pdqThreshold", 10));
        String hash = BankFixture.randomPdq(random);
        long wideEntry = addEntry(http, wide, "PDQ", hash, "TVE-3").get("id").asLong();
        addEntry(http, narrow, "PDQ", hash, "BL-1");
        addEntry(http, wide, "MD5", "900150983cd24fb0d6963f7d28e17f72", "CSAM");
        addEntry(http, wide, "URL", "https://example.eu/propaganda", "TVE-1");

        var r = http.postJson("/api/v1/match", Map.of("signals", List.of(
                Map.of("signalType", "PDQ", "value", flip(hash, 5)),
                Map.of("signalType", "PDQ", "value", flip(hash, 20)),
                Map.of("signalType", "PDQ", "value", flip(hash, 32)),
                Map.of("signalType", "md5", "value", "900150983CD24FB0D6963F7D28E17F72"),
                Map.of("signalType", "URL", "value", "HTTPS://EXAMPLE.EU:443/propaganda#x"))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode results = r.json().get("results");
        assertThat(BankFixture.banksOf(results.get(0).get("matches"))).containsExactlyInAnyOrder(wide, narrow);
        assertThat(results.get(0).get("matches").get(0).get("distance").asInt()).isEqualTo(5);
        assertThat(BankFixture.banksOf(results.get(1).get("matches"))).containsExactly(wide);
        JsonNode hit = results.get(1).get("matches").get(0);
        assertThat(hit.get("entryId").asLong()).isEqualTo(wideEntry);
        assertThat(hit.get("distance").asInt()).isEqualTo(20);
        assertThat(hit.get("labels").get(0).get("code").asString()).isEqualTo("TVE-3");
        assertThat(hit.get("labels").get(0).get("dsaCategory").asString()).isEqualTo("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY");
        assertThat(results.get(2).get("matches").size()).isZero();
        assertThat(BankFixture.banksOf(results.get(3).get("matches"))).containsExactly(wide);
        assertThat(results.get(3).get("matches").get(0).get("labels").get(0).get("dsaCategory").asString())
                .isEqualTo("STATEMENT_CATEGORY_PROTECTION_OF_MINORS");
        assertThat(BankFixture.banksOf(results.get(4).get("matches"))).containsExactly(wide);

        Map<?, ?> stats = http.get("/api/v1/banks/" + wide + "/statistics").json().get("matchesPerDay").isEmpty()
                ? Map.of() : Map.of("x", 1);
        assertThat(stats).isNotEmpty();
        long counted = 0;
        for (JsonNode n : http.get("/api/v1/banks/" + wide + "/statistics").json().get("matchesPerDay")) {
            counted += n.asLong();
        }
        assertThat(counted).isEqualTo(4);
    }

    @Test
    void suppressionBankCancelsMatches() {
        Tenant t = tenant(OrganisationKind.HOSTING_SERVICE_PROVIDER, "DE", "Bank Suppressor");
        Http http = http().bearer(t.token());
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        String suppression = BankFixture.createBank(http, "Known false positives", List.of("PDQ"), "PRIVATE", List.of(), true)
                .get("id").asString();
        String falsePositive = BankFixture.randomPdq(random);
        String real = BankFixture.randomPdq(random);
        addEntry(http, bank, "PDQ", falsePositive, "TVE-3");
        addEntry(http, bank, "PDQ", real, "TVE-3");
        addEntry(http, suppression, "PDQ", flip(falsePositive, 3));

        var results = http.postJson("/api/v1/match", Map.of("signals", List.of(
                Map.of("signalType", "PDQ", "value", falsePositive),
                Map.of("signalType", "PDQ", "value", real)))).json().get("results");
        assertThat(results.get(0).get("matches").size()).isZero();
        assertThat(BankFixture.banksOf(results.get(0).get("suppressedBy"))).containsExactly(suppression);
        assertThat(BankFixture.banksOf(results.get(1).get("matches"))).containsExactly(bank);
        assertThat(results.get(1).get("suppressedBy").size()).isZero();
    }

    @Test
    void editedVariantsOfTheGoldenBridgePhotoMatchTheOriginal() throws Exception {
        Tenant t = tenant(OrganisationKind.EUROPOL, null, "Bank Images");
        Http http = http().bearer(t.token());
        String base = "http://localhost:" + port;
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        Path dir = BankFixture.testImage("pdq/images/bridge-mods");
        var original = BankFixture.postBytes(base, t.token(), "/api/v1/match", "image/jpeg",
                BankFixture.read(dir.resolve("aaa-orig.jpg")));
        assertThat(original.status()).as(original.body()).isEqualTo(200);
        String pdq = original.json().get("pdq").asString();
        assertThat(Integer.bitCount(0) + distance(pdq, BankFixture.PDQ_A)).isLessThanOrEqualTo(4);
        long entry = addEntry(http, bank, "PDQ", pdq, "TVE-2").get("id").asLong();

        List<Path> variants;
        try (Stream<Path> files = Files.list(dir)) {
            variants = files.filter(p -> !p.getFileName().toString().equals("aaa-orig.jpg")).sorted().toList();
        }
        assertThat(variants).hasSizeGreaterThanOrEqualTo(10);
        List<String> missed = new ArrayList<>();
        for (Path variant : variants) {
            var r = BankFixture.postMultipart(base, t.token(), "/api/v1/match", "image", variant.getFileName().toString(),
                    "image/jpeg", BankFixture.read(variant));
            assertThat(r.status()).as(variant + ": " + r.body()).isEqualTo(200);
            JsonNode pdqOutcome = r.json().get("outcomes").get(0);
            assertThat(pdqOutcome.get("signalType").asString()).isEqualTo("PDQ");
            boolean found = false;
            for (JsonNode hit : pdqOutcome.get("matches")) {
                if (hit.get("entryId").asLong() == entry) {
                    found = hit.get("distance").asInt() <= 31;
                }
            }
            if (!found) {
                missed.add(variant.getFileName().toString());
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void refusesMalformedSignalsAndOversizedBatches() {
        Http http = http().bearer(tenant(OrganisationKind.COMPETENT_AUTHORITY, "FR", "Bank Refuser").token());
        var r = http.postJson("/api/v1/match", Map.of("signals", List.of(
                Map.of("signalType", "PDQ", "value", BankFixture.PDQ_A),
                Map.of("signalType", "PDQ", "value", "xyz"),
                Map.of("signalType", "TLSH", "value", "abc"))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("signals[1].value").contains("signals[2].signalType");
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i <= Matching.MAX_BATCH; i++) {
            many.add(Map.of("signalType", "PDQ", "value", BankFixture.PDQ_A));
        }
        assertThat(http.postJson("/api/v1/match", Map.of("signals", many)).status()).isEqualTo(400);
        assertThat(http.postJson("/api/v1/match", Map.of("signals", many.subList(0, Matching.MAX_BATCH))).status())
                .isEqualTo(200);
        var notAnImage = BankFixture.postBytes("http://localhost:" + port, tenant(OrganisationKind.EUROPOL, null, "Bank X")
                .token(), "/api/v1/match", "image/png", new byte[] {1, 2, 3});
        assertThat(notAnImage.status()).isEqualTo(400);
    }

    private static int distance(String a, String b) {
        return eu.vigil.hashing.PdqHash.parse(a).distance(eu.vigil.hashing.PdqHash.parse(b));
    }
}
