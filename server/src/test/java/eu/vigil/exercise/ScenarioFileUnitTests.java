package eu.vigil.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The scenario file: the shipped sample reads as the MSEL it describes; a broken file names every wrong field. */
class ScenarioFileUnitTests {

    static Path sample() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root").isNotNull();
        return dir.resolve("exercises/sample-livestream-attack.yaml");
    }

    @Test
    void theSampleIsALiveStreamedAttackWithThreeMemberStatesSixProvidersAndAnHourOfInjects() {
        Scenario s = ScenarioFile.read(sample());
        assertThat(s.name()).isEqualTo("sample-livestream-attack");
        assertThat(s.memberStates()).containsExactly("DE", "FR", "NL");
        assertThat(s.clockRate()).isEqualByComparingTo("120");
        assertThat(s.participants()).filteredOn(p -> p.kind() == Scenario.Kind.PROVIDER).hasSize(6);
        assertThat(s.participants()).filteredOn(p -> p.kind() == Scenario.Kind.AUTHORITY).hasSize(3);
        assertThat(s.length()).isEqualTo(Duration.ofMinutes(60));
        assertThat(s.injects()).extracting(Scenario.Inject::id)
                .containsExactly("I-01", "I-02", "I-03", "I-04", "I-05", "I-06", "I-07");
        Scenario.Inject reuploads = s.injects().get(2);
        assertThat(reuploads.targets()).as("the group 'providers'").hasSize(6).contains("streamly", "forumly");
        assertThat(reuploads.expect().getFirst().by()).as("by the group").hasSize(6);
        assertThat(reuploads.expect().getFirst().within()).isEqualTo(Duration.ofMinutes(10));
        assertThat(reuploads.images()).hasSize(2);
        assertThat(reuploads.images().get(0).name()).isEqualTo("frame-2.png");
        assertThat(reuploads.images().get(1).bytes()).as("synthetic images are deterministic")
                .isEqualTo(SyntheticImage.png("reupload-cropped", 320, 180));
        assertThat(s.injects().getLast().targets()).as("'all'").hasSize(10);
        assertThat(s.facilitators()).extracting(Scenario.Person::username).containsExactly("ex.facilitator");
        assertThat(s.evaluators()).extracting(Scenario.Person::username).containsExactly("ex.evaluator");
    }

    @Test
    void aJsonScenarioReadsAlike() {
        Scenario s = ScenarioFile.parse("x.json", """
                {"name": "json-drill", "title": "Drill", "memberStates": ["IE"],
                 "participants": [{"key": "eu", "kind": "europol", "name": "Europol", "users": [{"username": "eu.one", "name": "One"}]}],
                 "control": {"facilitators": [{"username": "fac.one", "name": "F"}]},
                 "injects": [{"id": "A", "at": "PT1M", "to": ["all"], "title": "t", "text": "x",
                              "expect": [{"action": "activate", "within": "PT5M"}]}]}""", null);
        assertThat(s.clockRate()).as("default rate").isEqualByComparingTo("1");
        assertThat(s.injects().getFirst().expect().getFirst().by()).as("by defaults to the targets")
                .containsExactly("eu");
    }

    @Test
    void everyProblemIsReportedWithTheFieldItConcerns() {
        ScenarioInvalid e = catchThrowableOfType(ScenarioInvalid.class, () -> ScenarioFile.parse("bad.yaml", """
                name: Bad Name
                memberStates: [DE, germany]
                clockRate: 0
                colour: red
                participants:
                  - {key: eu, kind: EUROPOL, name: Europol, users: [{username: ex.one, name: One}]}
                  - {key: bka, kind: AUTHORITY, memberState: FR, name: BKA, users: [{username: ex.one, name: Two}]}
                  - {key: p, kind: PLATFORM, name: P, users: []}
                control: {facilitators: [{username: f.one, name: F}]}
                injects:
                  - {id: I-1, at: ten minutes, to: [eu, nobody], title: t, text: x}
                  - id: I-1
                    at: PT5M
                    to: [eu]
                    title: t
                    text: x
                    images: [{file: missing.png}]
                    expect: [{action: DANCE, within: PT0M}]
                """, Path.of("/nonexistent")));
        assertThat(e.problems()).extracting(ScenarioInvalid.Problem::field).contains("name", "title",
                "memberStates[1]", "clockRate", "colour", "participants[1].memberState",
                "participants[1].users[0].username", "participants[2].kind", "participants[2].users",
                "injects[0].at", "injects[0].to[1]", "injects[1].id", "injects[1].images[0].file",
                "injects[1].expect[0].action", "injects[1].expect[0].within");
        assertThat(e.report()).contains("vigil: bad.yaml: injects[0].at: an ISO-8601 duration such as PT10M")
                .contains("injects[0].to[1]: 'nobody' is no participant's key")
                .contains("colour: unknown field");
    }

    @Test
    void aFileThatIsNotYamlSaysSo() {
        ScenarioInvalid e = catchThrowableOfType(ScenarioInvalid.class,
                () -> ScenarioFile.parse("broken.yaml", "name: [unclosed", null));
        assertThat(e.problems().getFirst().field()).isEqualTo("(file)");
        assertThat(e.problems().getFirst().message()).startsWith("is not YAML or JSON");
    }
}
