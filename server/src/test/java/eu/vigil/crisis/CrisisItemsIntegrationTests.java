package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crisis hash list over real HTTP and PostgreSQL (issue 13, R42): activation opens a bank shared with every
 * participant (and with a provider that opts in later); one upload of 10,000 hashes and URLs with a few bad rows
 * answers per row and reaches another provider's delta feed; a withdrawn item is a tombstone; providers mark items
 * found and removed under the status rules; the board counts it all and the audit trail keeps the facts.
 */
class CrisisItemsIntegrationTests extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    Http as(Tenant t) {
        return http().bearer(t.token());
    }

    Tenant optedIn(String label) {
        Tenant p = provider(label, "NL", "nl", "en");
        var in = as(p).putJson("/api/v1/crisis-participation", Map.of("contactName", "Night desk",
                "contactEmail", "crisis@" + p.id().substring(0, 8) + ".example", "contactPhone", "+31 20 555 0101"));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        return p;
    }

    /** Raises an alert as {@code raiser} and activates it as {@code europol}; answers the crisis id. */
    String activated(Tenant europol, Tenant raiser, String title) {
        String id = as(raiser).postJson("/api/v1/crises", Map.of("title", title, "observation", "Copies spreading"))
                .json().get("id").get("value").asString();
        var on = as(europol).postJson("/api/v1/crises/" + id + "/steps", Map.of("step", "ACTIVATE", "reason", "Viral"));
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        return id;
    }

    static String hex(Random random, int digits) {
        var s = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }

    /** Every change of a bank's delta feed after {@code since}, by entry id (the latest state of each). */
    static Map<Long, JsonNode> feed(Http http, String bank, long since) {
        Map<Long, JsonNode> entries = new HashMap<>();
        for (boolean more = true; more;) {
            var page = http.get("/api/v1/banks/" + bank + "/changes?since=" + since + "&limit=5000");
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("changes").forEach(e -> entries.put(e.get("id").asLong(), e));
            since = page.json().get("checkpoint").asLong();
            more = page.json().get("more").asBoolean();
        }
        return entries;
    }

    int notifications(Tenant t, String kind, String crisisId) {
        return jdbc.sql("select count(*) from notification where organisation_id = ?::uuid and kind = ? and subject_id = ?")
                .params(t.id(), kind, crisisId).query(Integer.class).single();
    }

    @Test
    void tenThousandItemsInOneUploadReachTheOtherProviderAndTheirSpreadIsCountedAndAudited() throws Exception {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol List");
        Tenant authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "NL", "Politie List");
        Tenant sharer = optedIn("List Video Host");
        Tenant other = optedIn("List Image Host");
        String id = activated(europol, sharer, "Attack video");
        String base = "/api/v1/crises/" + id;

        JsonNode section = as(other).get(base + "/items").json();
        assertThat(section.get("total").asLong()).as("the list starts empty").isZero();
        String bank = section.get("bank").asString();
        JsonNode settings = as(europol).get("/api/v1/banks/" + bank).json();
        assertThat(settings.get("owner").asString()).as("owned by the coordinator's organisation").isEqualTo(europol.id());
        assertThat(settings.get("signalTypes").toString()).contains("PDQ", "MD5", "SHA256", "URL");
        Map<String, String> access = new HashMap<>();
        settings.get("shares").forEach(s -> access.put(s.get("organisation").asString(), s.get("access").asString()));
        assertThat(access).containsEntry(sharer.id(), "WRITE").containsEntry(other.id(), "WRITE")
                .containsEntry(authority.id(), "WRITE");
        Tenant late = optedIn("List Late Host");
        assertThat(as(late).get("/api/v1/banks/" + bank + "/changes").status()).as("a provider opting in later")
                .isEqualTo(200);

        Random random = new Random(13);
        var csv = new StringBuilder("signal_type,value,labels\n");
        List<String> values = new ArrayList<>();
        Set<Integer> bad = Set.of(17, 5_000, 10_003);
        for (int row = 1, good = 0; row <= 10_003; row++) {
            if (bad.contains(row)) {
                csv.append(row == 17 ? "PDQ,not-a-hash," : row == 5_000 ? "TIKTOK,abc," : "MD5,,").append('\n');
                continue;
            }
            String[] typed = switch (good++ % 4) {
                case 0 -> new String[] {"PDQ", hex(random, 64)};
                case 1 -> new String[] {"MD5", hex(random, 32)};
                case 2 -> new String[] {"SHA256", hex(random, 64)};
                default -> new String[] {"URL", "https://video.example/watch/" + good};
            };
            values.add(typed[1]);
            csv.append(typed[0]).append(',').append(typed[1]).append(",TVE-3\n");
        }
        var upload = as(sharer).post(base + "/items", "text/csv", csv.toString());
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        JsonNode report = upload.json().get("report");
        assertThat(report.get("rows").asLong()).isEqualTo(10_003);
        assertThat(report.get("added").asLong()).isEqualTo(10_000);
        assertThat(report.get("refused").asLong()).isEqualTo(3);
        List<Long> problemRows = new ArrayList<>();
        report.get("problems").forEach(p -> problemRows.add(p.get("row").asLong()));
        assertThat(problemRows).as("each bad row named by its number").containsExactly(17L, 5_000L, 10_003L);
        assertThat(upload.json().get("entryIds")).hasSize(10_000);

        Map<Long, JsonNode> replica = feed(as(other), bank, 0);
        assertThat(replica.values().stream().map(e -> e.get("value").asString()).toList())
                .as("every addition reaches the other provider's delta feed").containsAll(values).hasSize(10_000);
        long checkpoint = replica.values().stream().mapToLong(e -> e.get("checkpoint").asLong()).max().orElseThrow();

        String near = hex(new Random(7), 64);
        var single = as(other).postJson(base + "/items", List.of(Map.of("signalType", "PDQ", "value", near)));
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        long otherItem = single.json().get("entryIds").get(0).asLong();
        var again = as(other).postJson(base + "/items", List.of(Map.of("signalType", "PDQ", "value", near)));
        assertThat(again.json().get("report").get("duplicates").asLong()).isEqualTo(1);
        assertThat(again.json().get("entryIds")).isEmpty();

        long first = upload.json().get("entryIds").get(0).asLong();
        long second = upload.json().get("entryIds").get(1).asLong();
        assertThat(as(other).postJson(base + "/items/" + first + "/withdrawal", Map.of()).status())
                .as("only the sharer or the coordinator withdraws").isEqualTo(403);
        assertThat(as(sharer).postJson(base + "/items/" + first + "/withdrawal", Map.of()).status()).isEqualTo(200);
        JsonNode tombstone = feed(as(other), bank, checkpoint).get(first);
        assertThat(tombstone).as("the withdrawal is in the feed").isNotNull();
        assertThat(tombstone.get("enabled").asBoolean()).isFalse();

        String status = base + "/items/" + second + "/status";
        assertThat(as(other).postJson(status, Map.of("status", "FOUND", "count", 3)).status()).isEqualTo(200);
        assertThat(as(other).postJson(status, Map.of("status", "FOUND")).status()).as("found once").isEqualTo(409);
        assertThat(as(authority).postJson(status, Map.of("status", "FOUND")).status()).as("providers only")
                .isEqualTo(403);
        assertThat(as(sharer).postJson(status, Map.of("status", "FOUND")).status()).as("the sharer reported it")
                .isEqualTo(409);
        assertThat(as(other).postJson(status, Map.of("status", "REMOVED", "count", 3)).status()).isEqualTo(200);
        assertThat(as(other).postJson(status, Map.of("status", "REMOVED")).status()).as("final").isEqualTo(409);
        assertThat(as(sharer).postJson(status, Map.of("status", "REMOVED")).status()).isEqualTo(200);
        assertThat(as(other).postJson(base + "/items/" + first + "/status", Map.of("status", "FOUND")).status())
                .as("a withdrawn item").isEqualTo(409);
        assertThat(as(other).postJson(base + "/items/" + otherItem + "/status", Map.of("status", "REMOVED")).status())
                .isEqualTo(200);

        JsonNode board = as(authority).get(base + "/items").json();
        assertThat(board.get("total").asLong()).isEqualTo(10_000);
        assertThat(board.get("withdrawn").asLong()).isEqualTo(1);
        assertThat(board.get("items")).hasSize(CrisisItems.SHOWN);
        assertThat(board.get("items").get(0).get("entryId").asLong()).as("newest first").isEqualTo(otherItem);
        Map<String, JsonNode> totals = new HashMap<>();
        board.get("providers").forEach(p -> totals.put(p.get("organisation").asString(), p));
        assertThat(totals.get(sharer.id()).get("reported").asLong()).isEqualTo(9_999);
        assertThat(totals.get(sharer.id()).get("removed").asLong()).isEqualTo(1);
        assertThat(totals.get(other.id()).get("reported").asLong()).isEqualTo(1);
        assertThat(totals.get(other.id()).get("found").asLong()).isEqualTo(1);
        assertThat(totals.get(other.id()).get("removed").asLong()).isEqualTo(2);
        assertThat(totals.get(late.id()).get("found").asLong()).isZero();

        List<AuditRecord> trail = audit.trail("crisis_case", id);
        Map<String, List<JsonNode>> facts = new HashMap<>();
        for (AuditRecord r : trail) {
            facts.computeIfAbsent(r.action(), k -> new ArrayList<>()).add(JSON.readTree(r.details()));
        }
        assertThat(facts.get(CrisisEvent.ITEMS_SHARED)).hasSize(2);
        JsonNode shared = facts.get(CrisisEvent.ITEMS_SHARED).getFirst();
        assertThat(shared.get("organisation").asString()).isEqualTo(sharer.id());
        assertThat(shared.get("count").asInt()).isEqualTo(10_000);
        assertThat(shared.get("entryIds")).hasSize(10_000);
        assertThat(shared.get("firstEntryAt").asString()).isEqualTo(shared.get("at").asString());
        assertThat(facts.get(CrisisEvent.ITEM_FOUND)).hasSize(1);
        JsonNode found = facts.get(CrisisEvent.ITEM_FOUND).getFirst();
        assertThat(found.get("organisation").asString()).isEqualTo(other.id());
        assertThat(found.get("entryId").asLong()).isEqualTo(second);
        assertThat(found.get("signalType").asString()).isEqualTo("MD5");
        assertThat(facts.get(CrisisEvent.ITEM_REMOVED)).extracting(n -> n.get("organisation").asString())
                .containsExactly(other.id(), sharer.id(), other.id());
        assertThat(facts.get(CrisisEvent.ITEM_WITHDRAWN)).hasSize(1);

        assertThat(notifications(late, CrisisEvent.ITEMS_SHARED, id)).as("shared items: every participant").isEqualTo(2);
        assertThat(notifications(europol, CrisisEvent.ITEM_FOUND, id)).isEqualTo(1);
        assertThat(notifications(sharer, CrisisEvent.ITEM_FOUND, id)).as("the sharer").isEqualTo(1);
        assertThat(notifications(other, CrisisEvent.ITEM_FOUND, id)).as("the provider itself").isEqualTo(1);
        assertThat(notifications(late, CrisisEvent.ITEM_FOUND, id)).as("not every participant").isZero();
        assertThat(notifications(authority, CrisisEvent.ITEM_REMOVED, id)).isZero();

        var closed = as(europol).postJson(base + "/steps", Map.of("step", "CLOSE", "reason", "Contained"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(feed(as(other), bank, 0)).as("the closed crisis keeps its bank readable").hasSize(10_001);
        assertThat(as(other).postJson(base + "/items", List.of(Map.of("signalType", "MD5", "value", hex(random, 32))))
                .status()).as("no sharing after the close").isEqualTo(409);
        long third = upload.json().get("entryIds").get(2).asLong();
        assertThat(as(other).postJson(base + "/items/" + third + "/status", Map.of("status", "FOUND")).status())
                .as("no marks after the close").isEqualTo(409);
        assertThat(as(sharer).postJson(base + "/items/" + third + "/withdrawal", Map.of()).status())
                .as("no withdrawal after the close").isEqualTo(409);
    }
}
