package eu.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./vigil exercise run}: a wrong scenario or a forbidden option exits with code 2 before anything starts. */
class ExerciseCommandTests {

    @TempDir
    Path dir;

    private String stderr(Runnable run) {
        PrintStream before = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(before);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anInvalidScenarioExitsWithTwoNamingTheFields() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: drill\ntitle: Drill\nclockRate: 9000\n");
        int[] code = {-1};
        String err = stderr(() -> code[0] = Launcher.run(VigilApplication.class,
                new String[] {"exercise", "run", bad.toString()}).orElse(-1));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("clockRate: Vigil seconds per real second: a number greater than 0 and at most 3600")
                .contains("memberStates: is required").contains("injects: is required").contains("nothing was started");
    }

    @Test
    void theLiveDatabaseAndPurposeOptionsAreRefusedAndTheUsageIsShown() {
        String sample = ScenarioPath.sample();
        int[] code = {-1, -1, -1};
        String live = stderr(() -> code[0] = Launcher.run(VigilApplication.class, new String[] {"exercise", "run",
                sample, "--vigil.database.data-dir=data/pg"}).orElse(-1));
        String purpose = stderr(() -> code[1] = Launcher.run(VigilApplication.class, new String[] {"exercise", "run",
                sample, "--vigil.installation.purpose=DEMO"}).orElse(-1));
        String usage = stderr(() -> code[2] = Launcher.run(VigilApplication.class, new String[] {"exercise"})
                .orElse(-1));
        assertThat(code).containsExactly(2, 2, 2);
        assertThat(live).contains("never runs on the live database");
        assertThat(purpose).contains("cannot be set for an exercise");
        assertThat(usage).contains("usage: ./vigil exercise run SCENARIO");
    }

    /** The shipped sample, found from the repository root. */
    static final class ScenarioPath {
        static String sample() {
            Path d = Path.of("").toAbsolutePath();
            while (d != null && !Files.exists(d.resolve("mvnw"))) {
                d = d.getParent();
            }
            return d.resolve("exercises/sample-livestream-attack.yaml").toString();
        }
    }
}
