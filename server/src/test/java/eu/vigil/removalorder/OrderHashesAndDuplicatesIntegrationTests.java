package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.inbox.InboxEntry;
import eu.vigil.inbox.InboxSource;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.internal.IssueForm;
import eu.vigil.situation.ItemFact;
import eu.vigil.situation.SituationSource;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Removal orders with typed item hashes (R38) and duplicate detection (R37) over real HTTP and PostgreSQL, and orders
 * in the provider's one queue and on the situational dashboards (issue 14).
 */
class OrderHashesAndDuplicatesIntegrationTests extends IntegrationTest {

    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static final String MD5 = "0123456789abcdef0123456789abcdef";

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<InboxSource> inboxSources;
    @Autowired
    List<SituationSource> situationSources;

    private Tenant issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "hashes." + ms.toLowerCase() + "." + org.id().toString().substring(0, 8));
    }

    /** An emergency TCO order (no prior information needed) with the items given as maps. */
    private static Map<String, Object> order(Tenant provider, List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerId", provider.id());
        body.put("language", "en");
        body.put("items", items);
        body.put("reasons", List.of("INCITEMENT", "INSTRUCTION"));
        body.put("statementOfReasons", "The video glorifies the attack of 3 March and explains how to build the device.");
        body.put("representativeName", "Kommissarin Anna Schmidt");
        body.put("representativePost", "Head of the referral unit");
        body.put("redressBody", "Verwaltungsgericht Wiesbaden");
        body.put("redressDeadline", "one month from receipt");
        body.put("emergency", true);
        body.put("emergencyJustification", "Imminent follow-up attack announced");
        return body;
    }

    private static Map<String, Object> item(String url, String hashType, String hash) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url);
        if (hashType != null) {
            m.put("hashType", hashType);
        }
        if (hash != null) {
            m.put("hash", hash);
        }
        return m;
    }

    /** A SHA-256 no other test sends (the duplicate register is shared by every test of the run). */
    private static String freshSha256() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String path) {
        return "https://video.example/" + path + "/" + UUID.randomUUID();
    }

    @Test
    void aMalformedHashIsRefusedWithTheReasonNamingTheField() {
        var de = issuer("DE");
        var host = provider("Hash Host", "IE", "en");
        var shortPdq = http().bearer(de.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item(unique("a"), "PDQ", "f".repeat(63)))));
        assertThat(shortPdq.status()).as(shortPdq.body()).isEqualTo(400);
        assertThat(shortPdq.body()).contains("items[0].hash")
                .contains("Section B, hash").contains("a PDQ hash is 64 hex digits, got 63 characters");
        assertThat(shortPdq.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].hash");

        var ambiguous = http().bearer(de.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item(unique("b"), null, "a".repeat(64)))));
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.body()).contains("items[0].hash").contains("may be a PDQ or a SHA-256");

        var notHex = http().bearer(de.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item(unique("c"), "MD5", "z".repeat(32)))));
        assertThat(notHex.body()).contains("items[0].hash").contains("hex digits 0-9 and a-f only");

        var unknownType = http().bearer(de.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item(unique("d"), null, null), item(unique("e"), "CRC32", "abcd"))));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("errors").get(0).get("field").asString()).isEqualTo("items[1].hashType");
        assertThat(unknownType.body()).contains("unknown hash type 'CRC32'");

        assertThat(jdbc.sql("select count(*) from removal_order where provider_id = ?").param(UUID.fromString(host.id()))
                .query(Integer.class).single()).as("nothing was issued").isZero();
    }

    @Test
    void typesAreStoredSealedAndShown() throws Exception {
        var de = issuer("DE");
        var host = provider("Typed Host", "IE", "en");
        var issued = http().bearer(de.token()).postJson("/api/v1/removal-orders", order(host, List.of(
                item(unique("sha"), "SHA-256", SHA256.toUpperCase()), item(unique("pdq"), null, "pdq:" + PDQ),
                item(unique("md5"), null, MD5), item(unique("none"), null, null))));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode order = issued.json().get("order");
        String id = order.get("id").asString();
        JsonNode items = order.get("items");
        assertThat(items.get(0).get("hashType").asString()).isEqualTo("SHA256");
        assertThat(items.get(0).get("hash").asString()).as("canonical lower case").isEqualTo(SHA256);
        assertThat(items.get(1).get("hashType").asString()).isEqualTo("PDQ");
        assertThat(items.get(1).get("hash").asString()).isEqualTo(PDQ);
        assertThat(items.get(2).get("hashType").asString()).isEqualTo("MD5");
        assertThat(items.get(3).get("hash") == null || items.get(3).get("hash").isNull()).as("no hash").isTrue();
        assertThat(items.get(0).get("hashTypeInferred").asBoolean()).isFalse();
        assertThat(issued.json().get("sealValid").asBoolean()).isTrue();

        assertThat(jdbc.sql("select hash_type from removal_order_item where order_id = ? order by position")
                .param(UUID.fromString(id)).query(String.class).list()).containsExactly("SHA256", "PDQ", "MD5", null);

        JsonNode annex = http().bearer(host.token()).get("/api/v1/removal-orders/" + id + "/annex-i").json();
        assertThat(annex.get("B.items").get(0).get("hash_type").asString()).isEqualTo("SHA256");
        assertThat(annex.get("B.items").get(1).get("hash_type").asString()).isEqualTo("PDQ");
        assertThat(http().bearer(host.token()).get("/api/v1/removal-orders/" + id).json().get("sealValid").asBoolean())
                .as("the seal covers the types and verifies when recomputed from the stored order").isTrue();

        var browser = http();
        browser.login(host.username(), PASSWORD);
        assertThat(browser.get("/orders/" + id).body()).contains("SHA-256: <code>" + SHA256 + "</code>")
                .contains("PDQ: <code>" + PDQ + "</code>").contains("MD5: <code>" + MD5 + "</code>");
        assertThat(browser.get("/orders/" + id + "/annex-i").body()).contains("(SHA-256): " + SHA256)
                .contains("(PDQ): " + PDQ);
    }

    @Test
    void aHashWrittenOnTheIssuingFormIsTypedAndAMalformedOneIsAFieldError() {
        var form = IssueForm.empty();
        String url = unique("form");
        var typed = new IssueForm(form.orderType(), UUID.randomUUID().toString(), "en", url + " sha256:" + SHA256
                + " video at 01:23\n" + url + "/2 seen at 00:10", form.reasons(), "", "", "", "", "", "", false, "",
                false, "", false, null, "", "", null, null, form.idempotencyKey(), null, "").toRequest();
        assertThat(typed.items().get(0).typedHash().type()).isEqualTo(eu.vigil.shared.ItemHash.Type.SHA256);
        assertThat(typed.items().get(0).extraInfo()).isEqualTo("video at 01:23");
        assertThat(typed.items().get(1).typedHash()).isNull();
        assertThat(typed.items().get(1).extraInfo()).isEqualTo("seen at 00:10");

        var issuerTenant = issuer("AT");
        var host = provider("Form Hash Host", "IE", "en");
        var browser = http();
        browser.login(issuerTenant.username(), PASSWORD);
        var refused = browser.postForm("/orders/new", "/orders/new", "step=issue&orderType=TCO_REMOVAL&providerId="
                + host.id() + "&language=en&urls=" + java.net.URLEncoder.encode(url + " pdq:abc",
                        java.nio.charset.StandardCharsets.UTF_8)
                + "&reasons=INCITEMENT&statementOfReasons=The+video+glorifies+the+attack+of+3+March+in+detail"
                + "&representativeName=A+Person&representativePost=Head&redressBody=Court&redressDeadline=one+month"
                + "&emergency=true&emergencyJustification=Imminent&idempotencyKey=" + UUID.randomUUID());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("a PDQ hash is 64 hex digits, got 3 characters").contains("href=\"#urls\"");

        // the same content already ordered by another Member State: issued all the same, with the warning and a link
        String sha = freshSha256();
        var de = issuer("DE");
        var first = http().bearer(de.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item(unique("other-url"), "SHA256", sha))));
        String deId = first.json().get("order").get("id").asString();
        String deRef = first.json().get("order").get("reference").asString();
        var issued = browser.postForm("/orders/new", "/orders/new", "step=issue&orderType=TCO_REMOVAL&providerId="
                + host.id() + "&language=en&urls=" + java.net.URLEncoder.encode(url + " sha256:" + sha + " at 01:23",
                        java.nio.charset.StandardCharsets.UTF_8)
                + "&reasons=INCITEMENT&statementOfReasons=The+video+glorifies+the+attack+of+3+March+in+detail"
                + "&representativeName=A+Person&representativePost=Head&redressBody=Court&redressDeadline=one+month"
                + "&emergency=true&emergencyJustification=Imminent&idempotencyKey=" + UUID.randomUUID());
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        String page = browser.follow(issued).body();
        assertThat(page).contains("Item 1 is already open in " + deRef + ", sent by " + de.organisation().name() + " (DE)")
                .contains("href=\"/orders/" + deId + "\"").contains("SHA-256: <code>" + sha + "</code>");
    }

    @Test
    void aDuplicateAcrossTwoMemberStatesWarnsTheSecondIssuerAndTheProviderSeesBothSenders() {
        var de = issuer("DE");
        var fr = issuer("FR");
        var host = provider("Duplicate Order Host", "IE", "en");
        String path = "/watch/" + UUID.randomUUID();
        var first = http().bearer(de.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item("https://video.example" + path, null, null))));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("duplicates")).isEmpty();
        String deId = first.json().get("order").get("id").asString();
        String deRef = first.json().get("order").get("reference").asString();

        // the same content, written differently: host case, default port, trailing slash, a tracking parameter
        var second = http().bearer(fr.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item("HTTPS://Video.Example:443" + path + "/?utm_source=telegram", null, null))));
        assertThat(second.status()).as("a binding order is never held for a duplicate").isEqualTo(201);
        JsonNode warning = second.json().get("duplicates").get(0);
        assertThat(warning.get("reference").asString()).isEqualTo(deRef);
        assertThat(warning.get("kind").asString()).isEqualTo("ORDER");
        assertThat(warning.get("sender").asString()).contains(de.organisation().name()).contains("(DE)");
        assertThat(warning.get("href").asString()).isEqualTo("/orders/" + deId);
        assertThat(warning.get("matchedBy").asString()).isEqualTo("URL");
        String frId = second.json().get("order").get("id").asString();
        String frRef = second.json().get("order").get("reference").asString();

        JsonNode seen = http().bearer(host.token()).get("/api/v1/removal-orders/" + frId).json();
        assertThat(seen.get("alsoSentBy").toString()).contains(deRef).contains(de.organisation().name());
        JsonNode seenFirst = http().bearer(host.token()).get("/api/v1/removal-orders/" + deId).json();
        assertThat(seenFirst.get("alsoSentBy").toString()).contains(frRef).contains(fr.organisation().name());
        var browser = http();
        browser.login(host.username(), PASSWORD);
        assertThat(browser.get("/orders/" + frId).body()).contains("Also sent by " + de.organisation().name() + " (DE) in "
                + deRef).contains("href=\"/orders/" + deId + "\"");

        var answered = http().bearer(host.token()).postJson("/api/v1/removal-orders/" + deId + "/feedback",
                Map.of("items", List.of(Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().toString()))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(http().bearer(host.token()).get("/api/v1/removal-orders/" + frId).json().get("alsoSentBy"))
                .as("an answered item no longer counts as open").isEmpty();
    }

    @Test
    void aReferralFromOneMemberStateAndAnOrderFromAnotherAreShownTogether() {
        var deIru = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "DE IRU order dup");
        var fr = issuer("FR");
        var host = provider("Referral Then Order Host", "IE", "en");
        String url = unique("referred");
        String sha = freshSha256();
        List<Map<String, Object>> referralItems = new ArrayList<>();
        referralItems.add(Map.of("url", url, "hash", "sha256:" + sha, "termsClause", "Dangerous organisations"));
        var referral = http().bearer(deIru.token()).postJson("/api/v1/referrals", Map.of("providerId", host.id(),
                "category", "TERRORIST_PROPAGANDA", "items", referralItems));
        assertThat(referral.status()).as(referral.body()).isEqualTo(201);
        String referralId = referral.json().get("referral").get("id").asString();
        String referralRef = referral.json().get("referral").get("reference").asString();

        // another URL, the same file: found by its typed hash
        var ordered = http().bearer(fr.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item(unique("mirror"), "SHA256", sha))));
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
        JsonNode warning = ordered.json().get("duplicates").get(0);
        assertThat(warning.get("kind").asString()).isEqualTo("REFERRAL");
        assertThat(warning.get("href").asString()).isEqualTo("/referrals/" + referralId);
        assertThat(warning.get("matchedBy").asString()).isEqualTo("HASH");
        String orderId = ordered.json().get("order").get("id").asString();
        assertThat(http().bearer(host.token()).get("/api/v1/removal-orders/" + orderId).json().get("alsoSentBy").toString())
                .contains(referralRef);
        assertThat(http().bearer(host.token()).get("/api/v1/referrals/" + referralId).json().get("items").get(0)
                .get("alsoSentBy").toString()).contains(ordered.json().get("order").get("reference").asString())
                .contains("/orders/" + orderId);

        var withdrawn = http().bearer(fr.token()).postJson("/api/v1/removal-orders/" + orderId + "/withdrawal",
                Map.of("grounds", "Issued to the wrong provider"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(http().bearer(host.token()).get("/api/v1/referrals/" + referralId).json().get("items").get(0)
                .get("alsoSentBy")).as("a withdrawn order no longer counts as open").isEmpty();
    }

    private InboxSource orderInbox() {
        return inboxSources.stream().filter(s -> s.kind() == InboxEntry.Kind.ORDER).findFirst().orElseThrow();
    }

    @Test
    void theInboxSourceReturnsTheOpenOrderWithItsLegalDeadline() {
        var de = issuer("DE");
        var host = provider("Queue Host", "IE", "en");
        var issued = http().bearer(de.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item(unique("q1"), null, null), item(unique("q2"), null, null))));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String id = issued.json().get("order").get("id").asString();
        Instant received = Instant.parse(issued.json().get("order").get("receivedAt").asString());

        List<InboxEntry> open = orderInbox().openFor(host.admin(), 10);
        assertThat(open).singleElement().satisfies(e -> {
            assertThat(e.id().toString()).isEqualTo(id);
            assertThat(e.kind().binding()).isTrue();
            assertThat(e.dueAt()).as("one hour from receipt (Art. 3(3))").isEqualTo(received.plus(Duration.ofHours(1)));
            assertThat(e.openItems()).isEqualTo(2);
            assertThat(e.items()).isEqualTo(2);
            assertThat(e.senderMemberState()).isEqualTo("DE");
            assertThat(e.path()).isEqualTo("/orders/" + id);
            assertThat(e.status()).isEqualTo("OPEN");
        });
        assertThat(orderInbox().openFor(de.admin(), 10)).as("only providers have a queue").isEmpty();

        http().bearer(host.token()).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().toString()),
                Map.of("position", 2, "action", "DISABLED", "actionAt", clock.instant().toString()))));
        assertThat(orderInbox().openFor(host.admin(), 10)).as("an executed order leaves the queue").isEmpty();
    }

    @Test
    void theSituationSourceCountsAnAnsweredOrderItemByItem() {
        var de = issuer("DE");
        var fr = issuer("FR");
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU facts");
        var host = provider("Facts Host", "IE", "en");
        Instant from = clock.instant().minusSeconds(1);
        var issued = http().bearer(de.token()).postJson("/api/v1/removal-orders",
                order(host, List.of(item(unique("f1"), null, null), item(unique("f2"), null, null))));
        String id = issued.json().get("order").get("id").asString();
        Instant acted = clock.instant();
        var answered = http().bearer(host.token()).postJson("/api/v1/removal-orders/" + id + "/feedback",
                Map.of("items", List.of(Map.of("position", 1, "action", "REMOVED", "actionAt", acted.toString()))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Instant to = clock.instant().plusSeconds(1);

        SituationSource source = situationSources.stream().filter(s -> s instanceof OrderQueue).findFirst().orElseThrow();
        List<ItemFact> facts = source.facts(europol.admin(), CrimeArea.TERRORISM, from, to).stream()
                .filter(f -> f.caseId().toString().equals(id)).toList();
        assertThat(facts).hasSize(2);
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ItemFact.Kind.ORDER);
            assertThat(f.category()).as("instruction ticked: the most specific reason").isEqualTo(ContentCategory.TERRORIST_INSTRUCTION);
            assertThat(f.senderMemberState()).isEqualTo("DE");
            assertThat(f.providerId().toString()).isEqualTo(host.id());
        });
        assertThat(facts.get(0).outcome()).isEqualTo(ItemFact.Outcome.ACTIONED);
        assertThat(facts.get(0).answeredAt()).isNotNull();
        assertThat(facts.get(1).outcome()).isEqualTo(ItemFact.Outcome.OPEN);
        assertThat(facts.get(1).answeredAt()).isNull();

        assertThat(source.facts(de.admin(), CrimeArea.TERRORISM, from, to)).as("the issuing Member State's authorities")
                .anyMatch(f -> f.caseId().toString().equals(id));
        assertThat(source.facts(fr.admin(), CrimeArea.TERRORISM, from, to)).as("not another Member State's")
                .noneMatch(f -> f.caseId().toString().equals(id));
        assertThat(source.facts(host.admin(), CrimeArea.TERRORISM, from, to)).as("the provider its own")
                .anyMatch(f -> f.caseId().toString().equals(id));
        assertThat(source.facts(europol.admin(), CrimeArea.CHILD_SEXUAL_ABUSE, from, to))
                .noneMatch(f -> f.caseId().toString().equals(id));
    }
}
