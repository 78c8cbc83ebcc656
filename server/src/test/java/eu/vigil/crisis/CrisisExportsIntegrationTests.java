package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crisis list's exports read back (R42, ADR 0031): the MISP feed (zip and its two documents), the STIX 2.1
 * bundle and the line file each hold exactly the items still on the list, with valid ids, patterns that parse back
 * to the same values, the TLP 2.0 marking, and the references of the activation.
 */
class CrisisExportsIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern STIX_ID = Pattern.compile(
            "[a-z][a-z0-9-]*--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern PATTERN = Pattern.compile(
            "\\[(url:value|file:hashes\\.'SHA-256'|file:hashes\\.MD5|file:hashes\\.PDQ) = '((?:[^'\\\\]|\\\\.)*)'\\]");
    private static final Map<String, String> TYPES = Map.of("url:value", "URL", "file:hashes.'SHA-256'", "SHA256",
            "file:hashes.MD5", "MD5", "file:hashes.PDQ", "PDQ");

    private byte[] download(Tenant t, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + t.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void everyExportReadsBackToTheItemsStillOnTheList() throws Exception {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Export");
        Tenant provider = provider("Export Host", "IE", "en");
        assertThat(http().bearer(provider.token()).putJson("/api/v1/crisis-participation", Map.of("contactName", "Desk",
                "contactEmail", "crisis@export.example", "contactPhone", "+353 1 555 0101")).status()).isEqualTo(200);
        String id = http().bearer(provider.token()).postJson("/api/v1/crises", Map.of("title", "Manifesto",
                "observation", "A manifesto and a video")).json().get("id").get("value").asString();
        String base = "/api/v1/crises/" + id;
        http().bearer(europol.token()).postJson(base + "/steps", Map.of("step", "ACTIVATE", "reason", "Criteria met"));
        http().bearer(europol.token()).postJson(base + "/external-activations", Map.of("kind", "GIFCT_INCIDENT",
                "externalId", "CIP-2026-13", "incidentType", "Content Incident Protocol"));
        var random = new java.util.Random(31);
        Map<String, String> expected = new HashMap<>(Map.of(
                CrisisItemsIntegrationTests.hex(random, 64), "PDQ", CrisisItemsIntegrationTests.hex(random, 32), "MD5",
                CrisisItemsIntegrationTests.hex(random, 64), "SHA256",
                "https://files.example/o'brien/manifesto.pdf?x=1", "URL"));
        String withdrawn = CrisisItemsIntegrationTests.hex(random, 64);
        var rows = new java.util.ArrayList<Map<String, String>>();
        expected.forEach((value, type) -> rows.add(Map.of("signalType", type, "value", value)));
        rows.add(Map.of("signalType", "PDQ", "value", withdrawn));
        var shared = http().bearer(provider.token()).postJson(base + "/items", rows);
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        assertThat(shared.json().get("report").get("added").asLong()).as(shared.body()).isEqualTo(5);
        JsonNode board = http().bearer(provider.token()).get(base + "/items").json();
        Map<String, String> onList = new HashMap<>();
        long withdrawnId = -1;
        for (JsonNode i : board.get("items")) {
            onList.put(i.get("value").asString(), i.get("signalType").asString());
            if (i.get("value").asString().equals(withdrawn)) {
                withdrawnId = i.get("entryId").asLong();
            }
        }
        onList.remove(withdrawn);
        assertThat(onList).as("the list holds the canonical values").hasSize(4);
        assertThat(http().bearer(provider.token()).postJson(base + "/items/" + withdrawnId + "/withdrawal", Map.of())
                .status()).isEqualTo(200);

        // MISP: a zip of the manifest and the event, and the same two documents as a feed
        Map<String, byte[]> zip = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(download(provider, base + "/exports/misp")))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.put(e.getName(), in.readAllBytes());
            }
        }
        JsonNode manifest = JSON.readTree(zip.get("manifest.json"));
        assertThat(manifest.propertyNames()).hasSize(1);
        String uuid = manifest.propertyNames().iterator().next();
        assertThat(zip).containsKey(uuid + ".json");
        JsonNode event = JSON.readTree(zip.get(uuid + ".json")).get("Event");
        assertThat(event.get("uuid").asString()).as("the manifest names the event").isEqualTo(uuid);
        assertThat(manifest.get(uuid).get("info").asString()).isEqualTo(event.get("info").asString());
        assertThat(event.get("info").asString()).contains("EUCP-");
        for (String field : List.of("date", "timestamp", "threat_level_id", "analysis", "distribution")) {
            assertThat(event.get(field)).as(field).isNotNull();
        }
        assertThat(event.get("Tag").get(0).get("name").asString()).isEqualTo("tlp:amber");
        Map<String, String> misp = new HashMap<>();
        event.get("Attribute").forEach(a -> misp.put(a.get("value").asString(), switch (a.get("type").asString()) {
            case "md5" -> "MD5";
            case "sha256" -> "SHA256";
            case "url" -> "URL";
            default -> "?" + a.get("type").asString();
        }));
        event.get("Object").forEach(o -> {
            assertThat(o.get("name").asString()).isEqualTo("pdq");
            JsonNode hash = o.get("Attribute").get(0);
            assertThat(hash.get("object_relation").asString()).isEqualTo("hash");
            assertThat(hash.get("type").asString()).isEqualTo("text");
            misp.put(hash.get("value").asString(), "PDQ");
        });
        assertThat(misp).as("MISP holds the list without the withdrawn item").isEqualTo(onList);
        assertThat(JSON.readTree(download(provider, base + "/exports/misp/manifest.json"))).isEqualTo(manifest);
        assertThat(JSON.readTree(download(provider, base + "/exports/misp/" + uuid + ".json")).get("Event"))
                .isEqualTo(event);

        // STIX 2.1: ids, TLP 2.0 marking, patterns, grouping, references of the activation
        JsonNode bundle = JSON.readTree(download(provider, base + "/exports/stix"));
        assertThat(bundle.get("type").asString()).isEqualTo("bundle");
        assertThat(STIX_ID.matcher(bundle.get("id").asString()).matches()).isTrue();
        Map<String, String> stix = new HashMap<>();
        Set<String> indicators = new HashSet<>();
        JsonNode grouping = null;
        for (JsonNode o : bundle.get("objects")) {
            String oid = o.get("id").asString();
            assertThat(STIX_ID.matcher(oid).matches()).as(oid).isTrue();
            assertThat(oid).startsWith(o.get("type").asString() + "--");
            assertThat(o.get("spec_version").asString()).isEqualTo("2.1");
            switch (o.get("type").asString()) {
                case "indicator" -> {
                    Matcher m = PATTERN.matcher(o.get("pattern").asString());
                    assertThat(m.matches()).as(o.get("pattern").asString()).isTrue();
                    stix.put(m.group(2).replaceAll("\\\\(.)", "$1"), TYPES.get(m.group(1)));
                    assertThat(o.get("pattern_type").asString()).isEqualTo("stix");
                    assertThat(Instant.parse(o.get("valid_until").asString()))
                            .isAfter(Instant.parse(o.get("valid_from").asString()));
                    assertThat(o.get("object_marking_refs").get(0).asString())
                            .isEqualTo("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");
                    indicators.add(oid);
                }
                case "marking-definition" -> {
                    assertThat(oid).isEqualTo("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");
                    assertThat(o.get("extensions").get("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d")
                            .get("tlp_2_0").asString()).isEqualTo("amber");
                }
                case "grouping" -> grouping = o;
                default -> {
                }
            }
        }
        assertThat(stix).as("the patterns round-trip to the list's values").isEqualTo(onList);
        assertThat(grouping).isNotNull();
        assertThat(grouping.get("context").asString()).isEqualTo("suspicious-activity");
        Set<String> refs = new HashSet<>();
        grouping.get("object_refs").forEach(r -> refs.add(r.asString()));
        assertThat(refs).isEqualTo(indicators);
        String external = grouping.get("external_references").toString();
        assertThat(external).contains("eu-crisis-protocol").contains("EUCP-").contains("CIP-2026-13")
                .contains("gifct-incident");

        // the line file of ThreatExchange and HMA
        Map<String, String> lines = new HashMap<>();
        for (String line : new String(download(provider, base + "/exports/lines"), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split(" ", 2);
            assertThat(parts[0]).isIn("pdq", "md5", "sha256", "url");
            lines.put(parts[1], parts[0].toUpperCase(java.util.Locale.ROOT));
        }
        assertThat(lines).isEqualTo(onList);
    }
}
