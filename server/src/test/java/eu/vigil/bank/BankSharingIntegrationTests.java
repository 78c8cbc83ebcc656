package eu.vigil.bank;

import static eu.vigil.bank.BankFixture.addEntry;
import static eu.vigil.bank.BankFixture.createBank;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Sharing rights across organisations, through every bank endpoint: another organisation's private bank answers
 * 404 (and the refusal is audited), a read share or a published bank can be read but not changed (403), a write
 * share may change entries but not the settings, and the owner's data is unchanged afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BankSharingIntegrationTests extends IntegrationTest {

    private Tenant owner;
    private Tenant reader;
    private Tenant writer;
    private String privateBank;
    private String readShared;
    private String writeShared;
    private String published;
    private final Map<String, Long> entryOf = new java.util.HashMap<>();
    private final String hash = BankFixture.randomPdq(new Random());

    @BeforeAll
    void banks() {
        owner = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Owner");
        reader = provider("Bank Reader Host", "FR", "fr");
        writer = tenant(OrganisationKind.EUROPOL, null, "Bank Writer");
        Http http = http().bearer(owner.token());
        List<String> all = List.of("PDQ", "MD5");
        privateBank = createBank(http, "Private", all, "PRIVATE", List.of(), false).get("id").asString();
        readShared = createBank(http, "Read", all, "SHARED",
                List.of(Map.of("organisation", reader.id(), "access", "READ")), false).get("id").asString();
        writeShared = createBank(http, "Write", all, "SHARED",
                List.of(Map.of("organisation", writer.id(), "access", "WRITE"),
                        Map.of("organisation", reader.id(), "access", "READ")), false).get("id").asString();
        published = createBank(http, "Published", all, "PUBLISHED", List.of(), false).get("id").asString();
        for (String bank : List.of(privateBank, readShared, writeShared, published)) {
            entryOf.put(bank, addEntry(http, bank, "PDQ", hash, "TVE-3").get("id").asLong());
        }
    }

    /** method, path ({id}, {entry}), body, content type, whether it only reads. */
    Stream<Arguments> bankEndpoints() {
        String settings = "{\"name\":\"Hijacked\",\"purpose\":\"x\",\"signalTypes\":[\"PDQ\"],\"sharing\":\"PUBLISHED\"}";
        String entry = "{\"signalType\":\"MD5\",\"value\":\"900150983cd24fb0d6963f7d28e17f72\"}";
        return Stream.of(
                Arguments.of("GET", "/api/v1/banks/{id}", null, null, true),
                Arguments.of("PUT", "/api/v1/banks/{id}", settings, "application/json", false),
                Arguments.of("GET", "/api/v1/banks/{id}/entries", null, null, true),
                Arguments.of("POST", "/api/v1/banks/{id}/entries", entry, "application/json", false),
                Arguments.of("GET", "/api/v1/banks/{id}/entries/{entry}", null, null, true),
                Arguments.of("POST", "/api/v1/banks/{id}/entries/{entry}/disable", "{}", "application/json", false),
                Arguments.of("POST", "/api/v1/banks/{id}/entries/{entry}/enable", "{}", "application/json", false),
                Arguments.of("POST", "/api/v1/banks/{id}/import", "signal_type,value\nMD5,900150983cd24fb0d6963f7d28e17f72\n",
                        "text/csv", false),
                Arguments.of("GET", "/api/v1/banks/{id}/export?format=csv", null, null, true),
                Arguments.of("GET", "/api/v1/banks/{id}/export?format=json", null, null, true),
                Arguments.of("GET", "/api/v1/banks/{id}/export?format=pdqidx", null, null, true),
                Arguments.of("GET", "/api/v1/banks/{id}/changes?since=0", null, null, true),
                Arguments.of("GET", "/api/v1/banks/{id}/snapshot", null, null, true),
                Arguments.of("GET", "/api/v1/banks/{id}/statistics", null, null, false));
    }

    @ParameterizedTest(name = "private bank of another organisation: {0} {1} -> 404")
    @MethodSource("bankEndpoints")
    void privateBankOfAnotherOrganisationIsNotFound(String method, String path, String body, String type, boolean read) {
        for (Tenant other : List.of(reader, writer)) {
            var r = call(other, method, path, privateBank, body, type);
            assertThat(r.status()).as(other.username() + " " + method + " " + path).isEqualTo(404);
        }
        assertUnchanged(privateBank);
    }

    @ParameterizedTest(name = "read share: {0} {1}")
    @MethodSource("bankEndpoints")
    void readShareReadsButDoesNotChange(String method, String path, String body, String type, boolean read) {
        var r = call(reader, method, path, readShared, body, type);
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isEqualTo(read ? 200 : 403);
        assertUnchanged(readShared);
    }

    @ParameterizedTest(name = "published: {0} {1}")
    @MethodSource("bankEndpoints")
    void publishedBankIsReadableByEveryone(String method, String path, String body, String type, boolean read) {
        var r = call(writer, method, path, published, body, type);
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isEqualTo(read ? 200 : 403);
        assertUnchanged(published);
    }

    @Test
    void writeShareChangesEntriesButNotSettings() {
        Http http = http().bearer(writer.token());
        var added = http.postJson("/api/v1/banks/" + writeShared + "/entries",
                Map.of("signalType", "MD5", "value", "0cc175b9c0f1b6a831c399e269772661"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("provenance").get("organisation").asString()).isEqualTo(writer.id());
        long id = added.json().get("id").asLong();
        assertThat(http.postJson("/api/v1/banks/" + writeShared + "/entries/" + id + "/disable", "{}").status())
                .isEqualTo(200);
        assertThat(http.putJson("/api/v1/banks/" + writeShared, Map.of("name", "x", "purpose", "x",
                "signalTypes", List.of("PDQ"))).status()).isEqualTo(403);
    }

    @Test
    void matchingSeesOnlyReadableBanks() {
        var r = http().bearer(reader.token()).postJson("/api/v1/match",
                Map.of("signals", List.of(Map.of("signalType", "PDQ", "value", hash))));
        List<String> banks = BankFixture.banksOf(r.json().get("results").get(0).get("matches"));
        assertThat(banks).contains(readShared, writeShared, published).doesNotContain(privateBank);
    }

    @Test
    void bankListShowsOnlyReadableBanksAndRefusalsAreAudited() {
        String list = http().bearer(writer.token()).get("/api/v1/banks").body();
        assertThat(list).contains(writeShared).contains(published).doesNotContain(privateBank).doesNotContain(readShared);
        http().bearer(writer.token()).get("/api/v1/banks/" + privateBank);
        assertThat(http().bearer(writer.token()).get("/api/v1/audit?action=access.denied").body()).contains(privateBank);
    }

    @Test
    void sharesMustNameExistingOrganisations() {
        var r = http().bearer(owner.token()).postJson("/api/v1/banks", Map.of("name", "Bad share", "purpose", "x",
                "signalTypes", List.of("PDQ"), "sharing", "SHARED",
                "shares", List.of(Map.of("organisation", java.util.UUID.randomUUID().toString(), "access", "READ"))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("no such organisation");
    }

    private Http.Response call(Tenant who, String method, String path, String bank, String body, String type) {
        String p = path.replace("{id}", bank).replace("{entry}", Long.toString(entryOf.get(bank)));
        Http http = http().bearer(who.token());
        return switch (method) {
            case "GET" -> http.get(p);
            case "PUT" -> http.putJson(p, body);
            case "POST" -> http.post(p, type, body);
            default -> throw new IllegalArgumentException(method);
        };
    }

    private void assertUnchanged(String bank) {
        Http http = http().bearer(owner.token());
        var b = http.get("/api/v1/banks/" + bank).json();
        assertThat(b.get("name").asString()).doesNotContain("Hijacked");
        var entries = http.get("/api/v1/banks/" + bank + "/entries").json();
        assertThat(entries.get("total").asLong()).isEqualTo(1);
        assertThat(entries.get("items").get(0).get("enabled").asBoolean()).isTrue();
    }
}
