package eu.vigil.statements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.vigil.statements.SubmissionState;
import eu.vigil.statements.internal.TransparencyDatabaseAnswer.Failed;
import eu.vigil.statements.internal.TransparencyDatabaseAnswer.Outcome;
import eu.vigil.statements.internal.TransparencyDatabaseAnswer.Refused;
import eu.vigil.statements.internal.TransparencyDatabaseAnswer.Resend;
import eu.vigil.statements.internal.TransparencyDatabaseAnswer.Stored;

/** R47 without a database: what each answer of the Transparency Database means, the backoff and the states. */
class TransparencyDatabaseAnswerTests {

    private static final List<String> BATCH = List.of("p-1", "p-2", "p-3");

    @Test
    void onlyCreatedStoresAndEachUuidIsReadByPuid() {
        Map<String, Outcome> o = TransparencyDatabaseAnswer.read(201, """
                {"statements":[{"puid":"p-2","uuid":"u-2","id":12,"created_at":"2026-01-01 10:00:00"},
                 {"puid":"p-1","uuid":"u-1","id":11,"permalink":"https://tdb.example/statement/11"}]}""", null, BATCH);
        assertThat(o.get("p-1")).isEqualTo(new Stored("u-1", "11", "https://tdb.example/statement/11", false));
        assertThat(o.get("p-2")).isEqualTo(new Stored("u-2", "12", null, false));
        assertThat(o.get("p-3")).as("201 without its uuid: sent again, the duplicate answer gives it")
                .isInstanceOf(Failed.class);
        assertThat(o.keySet()).containsExactlyElementsOf(BATCH);
    }

    @Test
    void everyOtherAnswerAndNoAnswerStoreNothingAndAreRetried() {
        for (int status : new int[] {200, 202, 204, 302, 400, 401, 403, 404, 409, 429, 500, 502, 503}) {
            Map<String, Outcome> o = TransparencyDatabaseAnswer.read(status, "{\"message\":\"Nope\"}", null, BATCH);
            assertThat(o.values()).as("HTTP " + status).allSatisfy(x -> assertThat(x).isInstanceOf(Failed.class));
            assertThat(((Failed) o.get("p-1")).error()).startsWith("HTTP " + status).contains("Nope");
        }
        assertThat(((Failed) TransparencyDatabaseAnswer.read(401, "", null, BATCH).get("p-2")).error()).contains("token");
        assertThat(((Failed) TransparencyDatabaseAnswer.read(503, "<html>down</html>", null, BATCH).get("p-2")).error())
                .contains("unavailable");
        Map<String, Outcome> none = TransparencyDatabaseAnswer.read(null, null, "timeout after 2000 ms", BATCH);
        assertThat(none.values()).containsOnly(new Failed("no answer: timeout after 2000 ms"));
    }

    @Test
    void validationErrorsRejectOnlyTheStatementsTheyNameAndTheOthersAreSentAgainAtOnce() {
        Map<String, Outcome> o = TransparencyDatabaseAnswer.read(422, """
                {"message":"The decision facts field is required.","errors":{
                  "statements.1.decision_facts":["The decision facts field is required."],
                  "statements.1.content_date":["The content date is not a valid date."]}}""", null, BATCH);
        assertThat(o.get("p-2")).isEqualTo(new Refused(
                "decision_facts: The decision facts field is required.; content_date: The content date is not a valid date."));
        assertThat(o.get("p-1")).isInstanceOf(Resend.class);
        assertThat(o.get("p-3")).isInstanceOf(Resend.class);
    }

    @Test
    void aDuplicatePuidIsAlreadyStoredWithTheExistingUuid() {
        Map<String, Outcome> o = TransparencyDatabaseAnswer.read(422, """
                {"message":"The identifier given is not unique within this platform.",
                 "errors":{"statements.0.puid":["The identifier given is not unique within this platform."],
                           "statements.2.puid":["The identifier given is not unique within this platform."]},
                 "existing":{"puid":"p-1","uuid":"u-old-1"}}""", null, BATCH);
        assertThat(o.get("p-1")).isEqualTo(new Stored("u-old-1", null, null, true));
        assertThat(o.get("p-3")).as("a duplicate without its existing object: the next answer resolves it")
                .isInstanceOf(Resend.class);
        assertThat(o.get("p-2")).isInstanceOf(Resend.class);

        Map<String, Outcome> single = TransparencyDatabaseAnswer.read(422, """
                {"errors":{"puid":["The identifier given is not unique within this platform."]},
                 "existing":[{"puid":"p-1","uuid":"u-9","permalink":"https://tdb.example/s/9"}]}""", null, List.of("p-1"));
        assertThat(single.get("p-1")).isEqualTo(new Stored("u-9", null, "https://tdb.example/s/9", true));
    }

    @Test
    void aValidationAnswerNamingNoStatementOfTheBatchIsRetriedNotLost() {
        Map<String, Outcome> o = TransparencyDatabaseAnswer.read(422, "{\"errors\":{\"statements\":[\"too many\"]}}",
                null, BATCH);
        assertThat(o.values()).allSatisfy(x -> assertThat(x).isInstanceOf(Failed.class));
        assertThat(((Failed) o.get("p-1")).error()).contains("statements: too many");
        assertThat(TransparencyDatabaseAnswer.read(422, "not json", null, BATCH).values())
                .allSatisfy(x -> assertThat(x).isInstanceOf(Failed.class));
    }

    @Test
    void theBackoffDoublesFromThirtySecondsToAtMostAnHour() {
        assertThat(TransparencyDatabaseAnswer.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(TransparencyDatabaseAnswer.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(TransparencyDatabaseAnswer.backoff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(TransparencyDatabaseAnswer.backoff(8)).as("64 minutes, capped").isEqualTo(Duration.ofHours(1));
        assertThat(TransparencyDatabaseAnswer.backoff(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(TransparencyDatabaseAnswer.backoff(500)).isEqualTo(Duration.ofHours(1));
        assertThat(TransparencyDatabaseAnswer.backoff(0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void submittedIsFinalAndOnlyARejectedStatementIsQueuedAgain() {
        assertThat(SubmissionState.QUEUED.next()).containsExactlyInAnyOrder(SubmissionState.SUBMITTED, SubmissionState.REJECTED);
        assertThat(SubmissionState.REJECTED.to(SubmissionState.QUEUED)).isEqualTo(SubmissionState.QUEUED);
        assertThat(SubmissionState.SUBMITTED.next()).isEmpty();
        assertThatThrownBy(() -> SubmissionState.SUBMITTED.to(SubmissionState.QUEUED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SubmissionState.REJECTED.to(SubmissionState.SUBMITTED)).isInstanceOf(IllegalStateException.class);
    }
}
