package eu.vigil.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.vigil.delivery.WebhookReceiver;
import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.testing.Http;
import eu.vigil.testing.ServerProcess;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13's "done when" for exercises: the shipped sample scenario runs end to end through the launcher's
 * {@code exercise run} on a database of its own, at the scenario's rate 120, with scripted participants acting
 * through the ordinary API as the scenario's users. The facilitator pauses (scenario time stands still), adds and
 * skips injects, an evaluator records an observation; 60 scenario minutes take under a minute of real time, and the
 * after-action report compares what was expected with what the audit records show: met, late and missed.
 */
class ExerciseProcessTests {

    static final String PASSWORD = "vigil-exercise-2026";
    private static final List<String> PROVIDERS = List.of("streamly", "clipshare", "chatterbox", "pinwall", "pastebay",
            "forumly");

    @TempDir
    Path dir;

    @Test
    void theSampleExerciseRunsInUnderAMinuteAndItsReportShowsWhatWasMetLateAndMissed() throws Exception {
        try (ServerProcess server = ServerProcess.exercise(dir, ScenarioFileUnitTests.sample(),
                "--vigil.webhooks.interval=PT0.2S", "--vigil.webhooks.allowed-destinations=127.0.0.1/32");
                WebhookReceiver receiver = new WebhookReceiver()) {
            server.start();
            Http facilitator = server.http().bearer(token(server, "ex.facilitator"));
            assertThat(facilitator.postJson("/api/v1/exercise/pause", Map.of()).status()).isEqualTo(200);
            JsonNode paused = facilitator.get("/api/v1/exercise").json();
            assertThat(paused.get("exercise").asBoolean()).isTrue();
            assertThat(paused.get("paused").asBoolean()).isTrue();
            System.out.println("sample exercise: paused at scenario time " + paused.get("scenarioTimeText").asString());
            Thread.sleep(2_000);
            assertThat(facilitator.get("/api/v1/exercise").json().get("scenarioTime").asString())
                    .as("scenario time stands still while paused, although the clock runs on at rate 120")
                    .isEqualTo(paused.get("scenarioTime").asString());

            Map<String, Http> as = new HashMap<>();
            for (String key : List.of("europol", "bka", "streamly", "clipshare", "chatterbox", "pinwall", "pastebay",
                    "forumly", "evaluator")) {
                as.put(key, server.http().bearer(token(server, "ex." + key)));
            }
            String clipshareId = as.get("clipshare").get("/api/v1/me").json().get("organisationId").asString();
            var hook = as.get("clipshare").putJson("/api/v1/providers/" + clipshareId + "/webhook",
                    Map.of("url", receiver.url()));
            assertThat(hook.status()).as(hook.body()).isEqualTo(200);
            receiver.secret(hook.json().get("secret").asString());
            assertThat(facilitator.postJson("/api/v1/exercise/injects", Map.of("at", "PT45M", "targets",
                    List.of("eu-iru"), "title", "Press enquiry", "text", "A journalist asks Europol for a statement."))
                    .json().get("id").asString()).isEqualTo("X-1");
            facilitator.postJson("/api/v1/exercise/injects", Map.of("at", "PT58M", "targets", List.of("forumly"),
                    "title", "Unused", "text", "Skipped by the facilitator."));
            assertThat(facilitator.postJson("/api/v1/exercise/injects/X-2/skip", Map.of()).status()).isEqualTo(200);

            assertThat(facilitator.postJson("/api/v1/exercise/resume", Map.of()).status()).isEqualTo(200);
            long resumed = System.nanoTime();
            Script script = new Script(server, as);
            JsonNode state = facilitator.get("/api/v1/exercise").json();
            while (!state.get("ended").asBoolean() && Duration.ofNanos(System.nanoTime() - resumed).toSeconds() < 90) {
                script.act(state);
                Thread.sleep(150);
                state = facilitator.get("/api/v1/exercise").json();
            }
            Duration real = Duration.ofNanos(System.nanoTime() - resumed);
            System.out.printf("sample exercise: played out %s scenario time after %.1f real seconds%n",
                    state.get("scenarioTimeText").asString(), real.toMillis() / 1000.0);
            assertThat(state.get("ended").asBoolean()).as("played out").isTrue();
            assertThat(Duration.parse(state.get("scenarioTime").asString())).isGreaterThanOrEqualTo(Duration.ofMinutes(60));
            assertThat(real).as("60 scenario minutes in under a minute of real time").isLessThan(Duration.ofSeconds(60));

            JsonNode report = facilitator.get("/api/v1/exercise/report").json();
            Map<String, String> outcome = new HashMap<>();
            for (JsonNode o : report.get("outcomes")) {
                outcome.put(o.get("injectId").asString() + " " + o.get("action").asString() + " "
                        + o.get("participant").asString(), o.get("status").asString());
            }
            assertThat(outcome).containsEntry("I-01 RAISE_ALERT streamly", "MET")
                    .containsEntry("I-02 ACTIVATE eu-iru", "MET")
                    .containsEntry("I-03 ACKNOWLEDGE clipshare", "MET")
                    .containsEntry("I-03 ACKNOWLEDGE pastebay", "MET")
                    .containsEntry("I-03 ACKNOWLEDGE forumly", "MISSED")
                    .containsEntry("I-03 SHARE_HASH streamly", "MET")
                    .containsEntry("I-03 SHARE_HASH clipshare", "MET")
                    .containsEntry("I-04 ISSUE_ORDER de-bka", "MET")
                    .containsEntry("I-04 REMOVE_ITEM pastebay", "MET")
                    .containsEntry("I-05 REPORT_THREAT forumly", "MISSED")
                    .containsEntry("I-06 SITUATION_REPORT eu-iru", "LATE")
                    .containsEntry("I-07 SITUATION_REPORT clipshare", "MET");
            Map<String, JsonNode> lines = new HashMap<>();
            report.get("lines").forEach(l -> lines.put(l.get("participant").get("key").asString(), l));
            for (String p : PROVIDERS) {
                assertThat(absent(lines.get(p).path("toAcknowledge"))).as(p).isEqualTo(p.equals("forumly"));
            }
            assertThat(absent(lines.get("pastebay").path("toRemoval"))).isFalse();
            Duration firstHash = duration(lines.get("streamly").get("toFirstHash"));
            assertThat(firstHash).as("activation at I-02 (PT5M+), hashes shared at I-03 (PT10M+)")
                    .isGreaterThan(Duration.ZERO).isLessThan(Duration.ofMinutes(30));
            assertThat(absent(lines.get("clipshare").path("toFirstHash"))).isFalse();
            assertThat(absent(lines.get("clipshare").path("toRemoval")))
                    .as("Clipshare's removal of a crisis item counts as its first removal").isFalse();
            assertThat(absent(lines.get("chatterbox").path("toFirstHash"))).as("shared nothing").isTrue();
            JsonNode list = as.get("europol").get("/api/v1/crises/" + script.crisis + "/items").json();
            assertThat(list.toString()).as("the inject's image, hashed, is on the crisis list").contains(script.firstHash)
                    .contains("REMOVED");
            assertThat(report.get("observations").get(0).get("rating").asString()).isEqualTo("NOT_MET");
            Map<String, String> status = new HashMap<>();
            Map<String, JsonNode> msel = new HashMap<>();
            report.get("msel").forEach(m -> status.put(m.get("inject").get("id").asString(), m.get("status").asString()));
            report.get("msel").forEach(m -> msel.put(m.get("inject").get("id").asString(), m));
            assertThat(absent(msel.get("X-2").path("deliveredAt"))).as("a skipped inject was never delivered").isTrue();
            assertThat(duration(msel.get("I-01").get("deliveredAt"))).as("the first inject at the start")
                    .isLessThan(Duration.ofMinutes(2));
            assertThat(status).containsEntry("X-1", "DELIVERED").containsEntry("X-2", "SKIPPED")
                    .containsEntry("I-07", "DELIVERED");

            assertThat(told(as.get("forumly"), "I-03")).as("a target is notified of its inject").isTrue();
            assertThat(told(as.get("forumly"), "I-02")).as("and only of its own").isFalse();
            awaitWebhook(receiver, as.get("clipshare").get("/api/v1/providers/" + clipshareId + "/outbox").body());

            Http browser = server.http();
            browser.login("ex.facilitator", PASSWORD);
            String page = browser.get("/exercise/report").body();
            assertThat(page).contains("id=\"exercise-banner\"")
                    .contains("After-action report").contains("/exercise/report/charts/removal.png");
            assertThat(row(page, "line-streamly")).as("the first-hash time on the page")
                    .contains("<td>" + ScenarioTime.format(firstHash) + "</td>");
            String html = browser.get("/exercise/report.html").body();
            assertThat(html).contains("EXERCISE").contains("data:image/png;base64,")
                    .contains(ScenarioTime.format(firstHash));
            assertThat(text(browser.bytes("/exercise/report.pdf"))).contains("EXERCISE")
                    .contains("After-action report").contains("Forumly").contains("MISSED");
            assertThat(text(as.get("bka").bytes("/api/v1/removal-orders/" + script.order + "/annex-i.pdf")))
                    .as("every document of an exercise is marked").contains("EXERCISE — not a real removal order");
            assertThat(server.http().get("/login").body()).contains("id=\"exercise-banner\"");
            Files.write(Path.of("target/exercise-after-action-report.pdf"), browser.bytes("/exercise/report.pdf"));
            ExerciseScreenshot.take(server.base(), "ex.facilitator", PASSWORD);
        }
    }

    @Test
    void anExerciseIsRefusedOnADemoDatabase() throws Exception {
        try (ServerProcess demo = new ServerProcess(dir)) {
            demo.start();
        }
        try (ServerProcess exercise = ServerProcess.exercise(dir, ScenarioFileUnitTests.sample())) {
            int exit = exercise.startExpectingExit(Duration.ofSeconds(120));
            assertThat(exit).as(exercise.output()).isNotZero();
            assertThat(exercise.output()).contains("is refused: this database is a DEMO database");
        }
    }

    /** The scripted participants: what each does when an inject reaches it. */
    private static final class Script {
        private static final Scenario SCENARIO = ScenarioFile.read(ScenarioFileUnitTests.sample());
        private final ServerProcess server;
        private final Map<String, Http> as;
        private final Set<String> done = new HashSet<>();
        private String crisis;
        private String order;
        private String firstHash;
        private Duration sitrepDue;

        Script(ServerProcess server, Map<String, Http> as) {
            this.server = server;
            this.as = as;
        }

        void act(JsonNode state) {
            Duration now = Duration.parse(state.get("scenarioTime").asString());
            for (JsonNode row : state.get("msel")) {
                String id = row.get("inject").get("id").asString();
                if (!row.get("status").asString().equals("DELIVERED") || !done.add(id)) {
                    continue;
                }
                Duration delivered = duration(row.get("deliveredAt"));
                switch (id) {
                    case "I-01" -> crisis = ok(as.get("streamly").postJson("/api/v1/crises", Map.of("title",
                            "Live-streamed attack (exercise)", "observation", "An attack is streamed live on our service.")))
                            .get("id").path("value").asString();
                    case "I-02" -> ok(as.get("europol").postJson("/api/v1/crises/" + crisis + "/steps", Map.of("step",
                            "ACTIVATE", "reason", "Exercise: terrorist attack content spreading across platforms")));
                    case "I-03" -> {
                        for (String p : PROVIDERS) {
                            if (!p.equals("forumly")) { // forumly never acknowledges: missed
                                ok(as.get(p).postJson("/api/v1/crises/" + crisis + "/acknowledgement", Map.of()));
                            }
                        }
                        shareAndRemoveHashes();
                        ok(as.get("evaluator").postJson("/api/v1/exercise/observations", Map.of("injectId", "I-03",
                                "expectation", 0, "participant", "forumly", "rating", "NOT_MET",
                                "note", "Forumly's crisis desk did not answer the activation")));
                    }
                    case "I-04" -> removeManifesto();
                    case "I-06" -> sitrepDue = delivered.plus(Duration.ofMinutes(14)); // 4 minutes late
                    case "I-07" -> ok(as.get("clipshare").postJson("/api/v1/crises/" + crisis + "/situation-reports",
                            Map.of("text", "Clipshare: 212 copies removed, 9 new uploads in the last 20 minutes.")));
                    default -> { }
                }
            }
            if (sitrepDue != null && now.compareTo(sitrepDue) >= 0) {
                ok(as.get("europol").postJson("/api/v1/crises/" + crisis + "/situation-reports",
                        Map.of("text", "Europol: the video is on six platforms, the manifesto removed.")));
                sitrepDue = null;
            }
        }

        /**
         * Streamly and Clipshare share the PDQ hashes of the inject's two images on the crisis hash list (R42), as
         * I-03 expects; Clipshare then finds Streamly's copy on its service and marks it REMOVED.
         */
        private void shareAndRemoveHashes() {
            List<Scenario.Image> images = inject("I-03").images();
            JsonNode shared = ok(as.get("streamly").postJson("/api/v1/crises/" + crisis + "/items",
                    List.of(Map.of("signalType", "PDQ", "value", pdq(images.get(0)), "labels", List.of("TVE-1")))));
            firstHash = pdq(images.get(0));
            ok(as.get("clipshare").postJson("/api/v1/crises/" + crisis + "/items",
                    List.of(Map.of("signalType", "PDQ", "value", pdq(images.get(1)), "labels", List.of("TVE-1")))));
            assertThat(shared.get("entryIds")).as(shared.toString()).hasSize(1);
            long entry = shared.get("entryIds").get(0).asLong();
            ok(as.get("clipshare").postJson("/api/v1/crises/" + crisis + "/items/" + entry + "/status",
                    Map.of("status", "REMOVED", "count", 3)));
        }

        private static Scenario.Inject inject(String id) {
            return SCENARIO.injects().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        }

        private static String pdq(Scenario.Image image) {
            try {
                return new PdqHasher().hash(new ImageIoDecoder().decode(image.bytes())).hash().toText();
            } catch (Exception e) {
                throw new AssertionError("cannot hash " + image.name(), e);
            }
        }

        private void removeManifesto() {
            String pastebay = as.get("pastebay").get("/api/v1/me").json().get("organisationId").asString();
            JsonNode issued = ok(as.get("bka").postJson("/api/v1/removal-orders", """
                    {"providerId":"%s","language":"de","items":[{"url":"https://pastebay.example/ex-manifesto"}],
                     "reasons":["INCITEMENT"],"statementOfReasons":"Manifest des Täters mit Aufruf zu weiteren Anschlägen.",
                     "representativeName":"KHK Übung","representativePost":"Referent","redressBody":"VG Wiesbaden",
                     "redressDeadline":"ein Monat","emergency":true,"emergencyJustification":"Übung: laufender Anschlag"}"""
                    .formatted(pastebay)));
            order = issued.get("order").get("id").asString();
            String now = server.http().get("/actuator/info").json().get("clock").get("now").asString();
            ok(as.get("pastebay").postJson("/api/v1/removal-orders/" + order + "/feedback", Map.of("items",
                    List.of(Map.of("position", 1, "action", "REMOVED", "actionAt", now)), "providerReference", "PB-1",
                    "authorisedPerson", "Trust & safety, Pastebay")));
        }

        private static JsonNode ok(Http.Response r) {
            assertThat(r.status()).as(r.body()).isBetween(200, 201);
            return r.json();
        }
    }

    private static String token(ServerProcess server, String username) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (true) {
            try {
                return server.token(username, PASSWORD);
            } catch (AssertionError | IllegalStateException notYet) {
                if (Instant.now().isAfter(until)) {
                    throw notYet;
                }
                Thread.sleep(200); // the exercise's logins are created once the server is ready
            }
        }
    }

    private static boolean told(Http party, String injectId) {
        for (JsonNode n : party.get("/api/v1/notifications?size=100").json()) {
            if (n.get("kind").asString().equals(ExerciseEvent.INJECT_DELIVERED)
                    && n.get("subjectId").asString().equals(injectId)) {
                return true;
            }
        }
        return false;
    }

    private static void awaitWebhook(WebhookReceiver receiver, String outbox) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (receiver.received().stream().anyMatch(r -> r.body().contains("\"exercise.inject_delivered\""))) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(receiver.received()).as("webhooks to the provider").isNotEmpty();
        assertThat(receiver.received()).allSatisfy(r -> assertThat(r.body()).contains("\"exercise\":true"));
        assertThat(receiver.received()).as(outbox).anySatisfy(r -> assertThat(r.body()).contains("\"exercise.inject_delivered\"")
                .contains("\"injectId\":\"I-07\""));
    }

    /** The table row of the given id in a page. */
    private static String row(String page, String id) {
        int start = page.indexOf("<tr id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static boolean absent(JsonNode n) {
        return n.isMissingNode() || n.isNull();
    }

    /** A duration as the API writes it: ISO-8601 text, or seconds. */
    private static Duration duration(JsonNode n) {
        return n.isNumber() ? Duration.ofMillis(Math.round(n.asDouble() * 1000)) : Duration.parse(n.asString());
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
