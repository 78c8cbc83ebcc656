package eu.vigil.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.vigil.client.ApiModel.BankChanges;
import eu.vigil.client.ApiModel.BankSnapshot;
import eu.vigil.client.ApiModel.Feedback;
import eu.vigil.client.ApiModel.Impossibility;
import eu.vigil.client.ApiModel.InboxOrder;
import eu.vigil.client.ApiModel.ItemAction;
import eu.vigil.client.ApiModel.MatchOutcome;
import eu.vigil.hashing.ExactHashes;
import eu.vigil.hashing.PdqHash;

/** The API client against canned JSON in the shapes the server writes (see the server's integration tests). */
class VigilClientTests {

    static final UUID ORDER = UUID.fromString("0b6f3c1e-6a55-4c2a-9d1e-2f6a1b7c9d01");
    static final String BANK = "5e2b8c7a-1f3d-4e6a-9b2c-7d8e9f0a1b2c";
    static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    static final String ORDER_VIEW = """
            {"order":{"id":"%s","reference":"DE-2026-0001","type":{"code":"TCO"},"issuingAuthorityName":"BKA",
              "issuingMemberState":"DE","providerName":"Parlo","language":"de","state":"RECEIVED","emergency":false,
              "issuedAt":"2026-11-27T10:00:00Z","receivedAt":"2026-11-27T10:00:02Z","acknowledgedAt":null,
              "items":[{"position":1,"url":"https://parlo.example/p/1","extraInfo":null,"hash":null,"status":"PENDING","actionAt":null}],
              "scrutinyCopy":null,"reasons":["INCITEMENT"]},
             "phase":"RUNNING","dueAt":"2026-11-27T11:00:02Z","remainingSeconds":3000,"sealValid":true,"answers":[],
             "scrutinyWindowOpen":false,"scrutiny":null,"scrutinyDecisionOverdue":false,"reinstatementOverdue":false,
             "overdue":false}""".formatted(ORDER);

    FakeVigil server;
    VigilClient client;

    @BeforeEach
    void start() throws Exception {
        server = new FakeVigil();
        client = new VigilClient(server.url() + "/", "tok-123");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsTheInboxWithTheBearerToken() {
        server.on("GET /api/v1/removal-orders/inbox?page=0&size=500", "[" + ORDER_VIEW + "]");
        List<InboxOrder> inbox = client.orders();
        assertThat(inbox).hasSize(1);
        InboxOrder o = inbox.getFirst();
        assertThat(o.order().id()).isEqualTo(ORDER);
        assertThat(o.order().reference()).isEqualTo("DE-2026-0001");
        assertThat(o.order().items()).singleElement().satisfies(i -> {
            assertThat(i.url()).isEqualTo("https://parlo.example/p/1");
            assertThat(i.status()).isEqualTo("PENDING");
        });
        assertThat(o.dueAt()).isEqualTo(Instant.parse("2026-11-27T11:00:02Z"));
        assertThat(o.remainingSeconds()).isEqualTo(3000L);
        assertThat(o.sealValid()).isTrue();
        assertThat(server.requests.getFirst().authorization()).isEqualTo("Bearer tok-123");
    }

    @Test
    void postsAcknowledgementFeedbackAndImpossibility() {
        String base = "POST /api/v1/removal-orders/" + ORDER;
        server.on(base + "/acknowledgement", ORDER_VIEW);
        server.on(base + "/feedback", ORDER_VIEW);
        server.on(base + "/impossibility", ORDER_VIEW);

        assertThat(client.acknowledge(ORDER, "ticket-7").order().id()).isEqualTo(ORDER);
        client.feedback(ORDER, new Feedback(List.of(new ItemAction(1, "REMOVED", Instant.parse("2026-11-27T10:20:00Z"))),
                "ticket-7", "Jane Doe"));
        client.impossibility(ORDER, new Impossibility("MANIFEST_ERROR", "URL points to another site", null, "Jane Doe"));

        assertThat(server.requests).extracting(FakeVigil.Request::contentType).containsOnly("application/json");
        assertThat(server.requests.get(0).body()).isEqualTo("{\"providerReference\":\"ticket-7\"}");
        assertThat(server.requests.get(1).body()).isEqualTo("{\"items\":[{\"position\":1,\"action\":\"REMOVED\","
                + "\"actionAt\":\"2026-11-27T10:20:00Z\"}],\"providerReference\":\"ticket-7\",\"authorisedPerson\":\"Jane Doe\"}");
        assertThat(server.requests.get(2).body()).isEqualTo("{\"reason\":\"MANIFEST_ERROR\",\"details\":\"URL points to "
                + "another site\",\"authorisedPerson\":\"Jane Doe\"}");
    }

    @Test
    void readsSnapshotAndChangesInBothEntryShapes() {
        server.on("GET /api/v1/banks/" + BANK + "/snapshot", """
                {"bank":"%s","name":"Shared","pdqThreshold":31,"suppression":false,"checkpoint":42,"entries":[
                 {"id":7,"signal_type":"PDQ","value":"%s","labels":["TVE-3"],"source_kind":"MANUAL",
                  "added_at":"2026-11-27T09:00:00Z","enabled":true,"checkpoint":41}]}""".formatted(BANK, PDQ));
        server.on("GET /api/v1/banks/" + BANK + "/changes?since=42&limit=1000", """
                {"bank":"%s","since":42,"checkpoint":44,"more":false,"changes":[
                 {"id":7,"bank":"%s","signalType":"PDQ","value":"%s","labels":["TVE-3"],
                  "provenance":{"addedBy":"x","organisation":"%s","source":"MANUAL","sourceId":null,"addedAt":"2026-11-27T09:00:00Z"},
                  "enabled":false,"changedAt":"2026-11-27T09:05:00Z","checkpoint":44}]}"""
                .formatted(BANK, BANK, PDQ, UUID.randomUUID()));
        BankSnapshot s = client.snapshot(BANK);
        assertThat(s.checkpoint()).isEqualTo(42);
        assertThat(s.entries()).singleElement().satisfies(e -> {
            assertThat(e.signalType()).isEqualTo("PDQ");
            assertThat(e.labels()).containsExactly("TVE-3");
        });
        BankChanges c = client.changes(BANK, 42, 1000);
        assertThat(c.checkpoint()).isEqualTo(44);
        assertThat(c.more()).isFalse();
        assertThat(c.changes()).singleElement().satisfies(e -> {
            assertThat(e.signalType()).isEqualTo("PDQ");
            assertThat(e.enabled()).isFalse();
        });
    }

    @Test
    void matchesHashesAndParsesOutcomes() {
        server.on("POST /api/v1/match", """
                {"results":[{"index":0,"signalType":"PDQ","value":"%s","matches":[{"entryId":7,"bank":"%s",
                  "bankName":"Shared","signalType":"PDQ","value":"%s","labels":[{"code":"TVE-3","title":"Incitement",
                  "dsaCategory":"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH","dsaKeyword":"KEYWORD_TERRORISM","dsaSpecification":null}],
                  "distance":4}],"suppressedBy":[]},
                 {"index":1,"signalType":"MD5","value":"900150983cd24fb0d6963f7d28e17f72","matches":[],"suppressedBy":[]}]}"""
                .formatted(PDQ, BANK, PDQ));
        List<MatchOutcome> outcomes = client.matchSignals(List.of(PdqHash.parse(PDQ),
                ExactHashes.md5("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0).matched()).isTrue();
        assertThat(outcomes.get(0).matches().getFirst().distance()).isEqualTo(4);
        assertThat(outcomes.get(0).matches().getFirst().labels().getFirst().code()).isEqualTo("TVE-3");
        assertThat(outcomes.get(1).matched()).isFalse();
        assertThat(server.requests.getFirst().body()).isEqualTo("{\"signals\":[{\"signalType\":\"PDQ\",\"value\":\"" + PDQ
                + "\"},{\"signalType\":\"MD5\",\"value\":\"900150983cd24fb0d6963f7d28e17f72\"}]}");
    }

    @Test
    void errorStatusesBecomeApiExceptions() {
        server.on("GET /api/v1/inbox?page=0&size=500", r -> new FakeVigil.Answer(403,
                "{\"title\":\"Forbidden\",\"detail\":\"the inbox belongs to hosting service providers\"}"));
        assertThatThrownBy(client::inbox).isInstanceOf(VigilApiException.class)
                .hasMessageContaining("403").hasMessageContaining("hosting service providers")
                .satisfies(e -> assertThat(((VigilApiException) e).status()).isEqualTo(403));
        assertThatThrownBy(() -> client.snapshot(BANK)).isInstanceOf(VigilApiException.class)
                .satisfies(e -> assertThat(((VigilApiException) e).status()).isEqualTo(404));
    }

    @Test
    void readsTheOneQueueAndAnswersAReferralPerItem() {
        UUID referral = UUID.fromString("7d1f6a3e-1111-4a7e-9c1e-000000000001");
        server.on("GET /api/v1/inbox?page=0&size=500", """
                [{"kind":"ORDER","binding":true,"label":"Binding removal order","rank":"ORDER","priority":false,
                  "id":"%s","reference":"DE-2026-0001","dueAt":"2026-11-27T11:00:02Z","due":"LEGAL_DEADLINE",
                  "remainingSeconds":3000,"overdue":false,"openItems":1,"items":1,"api":"/api/v1/removal-orders/%s"},
                 {"kind":"REFERRAL","binding":false,"label":"Non-binding referral","rank":"NON_BINDING","priority":false,
                  "id":"%s","reference":"REF-EU-2026-00001","due":"REQUESTED_RESPONSE","overdue":false,"openItems":2,"items":2,
                  "api":"/api/v1/referrals/%s"}]""".formatted(ORDER, ORDER, referral, referral));
        server.on("POST /api/v1/referrals/" + referral + "/feedback", """
                {"id":"%s","reference":"REF-EU-2026-00001","binding":false,"state":"ANSWERED","outcome":"PARTLY_ACTIONED","openItems":0,
                 "items":[{"position":1,"url":"https://x.example/1","held":false,"feedback":{"outcome":"ACTIONED","action":"REMOVED"}},
                          {"position":2,"url":"https://x.example/2","held":false,"feedback":{"outcome":"NOT_ACTIONED","reason":"satire"}}]}"""
                .formatted(referral));
        var queue = client.inbox();
        assertThat(queue).extracting(ApiModel.QueueEntry::kind).containsExactly("ORDER", "REFERRAL");
        assertThat(queue.get(0).binding()).isTrue();
        assertThat(queue.get(1).isReferral()).isTrue();
        var answered = client.answerReferral(referral, List.of(ApiModel.ReferralAnswer.removed(1),
                ApiModel.ReferralAnswer.notActioned(2, "satire")));
        assertThat(answered.outcome()).isEqualTo("PARTLY_ACTIONED");
        assertThat(answered.binding()).isFalse();
        String body = server.requests.getLast().body();
        assertThat(body).contains("\"position\":1", "\"outcome\":\"ACTIONED\"", "\"action\":\"REMOVED\"",
                "\"outcome\":\"NOT_ACTIONED\"", "\"reason\":\"satire\"");
    }
}
