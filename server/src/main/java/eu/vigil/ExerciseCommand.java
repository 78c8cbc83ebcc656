package eu.vigil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;

import eu.vigil.exercise.Scenario;
import eu.vigil.exercise.ScenarioFile;
import eu.vigil.exercise.ScenarioInvalid;

/**
 * {@code ./vigil exercise run SCENARIO [--option=value …]}: validates the scenario file (exit code 2 with one line per
 * problem, naming the field), then serves the exercise on a database of its own — {@code data/exercise/<name>/pg}
 * unless {@code --vigil.database.data-dir} names another, never the live {@code data/pg} — recorded as an EXERCISE
 * installation, with the scenario's clock rate (ADR 0032).
 */
final class ExerciseCommand {

    /** The live database's default data directory, which an exercise never uses. */
    static final Path LIVE = Path.of("data/pg");

    private ExerciseCommand() {
    }

    static OptionalInt run(Class<?> application, String[] args) {
        if (args.length < 3 || !args[1].equals("run") || args[2].startsWith("-")) {
            System.err.println("vigil: usage: ./vigil exercise run SCENARIO [--server.port=…] "
                    + "(SCENARIO: a .yaml or .json scenario file, see exercises/)");
            return OptionalInt.of(2);
        }
        Path file = Path.of(args[2]).toAbsolutePath().normalize();
        Scenario scenario;
        try {
            scenario = ScenarioFile.read(file);
        } catch (ScenarioInvalid e) {
            System.err.println(e.report());
            System.err.println("vigil: the scenario has " + e.problems().size() + " problem(s); nothing was started.");
            return OptionalInt.of(2);
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(3, args.length));
        for (String option : rest) {
            if (option.startsWith("--vigil.installation.purpose=") || option.startsWith("--spring.profiles.active=")
                    || option.startsWith("--vigil.demo.enabled=") || option.startsWith("--vigil.exercise.scenario=")) {
                System.err.println("vigil: " + option + " cannot be set for an exercise");
                return OptionalInt.of(2);
            }
        }
        String dataDir = rest.stream().filter(o -> o.startsWith("--vigil.database.data-dir=")).findFirst()
                .map(o -> o.substring(o.indexOf('=') + 1)).orElse(null);
        if (dataDir == null) {
            dataDir = Path.of("data", "exercise", scenario.name(), "pg").toString();
            rest.add("--vigil.database.data-dir=" + dataDir);
        }
        if (Path.of(dataDir).toAbsolutePath().normalize().equals(LIVE.toAbsolutePath().normalize())) {
            System.err.println("vigil: an exercise never runs on the live database " + LIVE + "; choose another "
                    + "--vigil.database.data-dir or leave it out (data/exercise/" + scenario.name() + ")");
            return OptionalInt.of(2);
        }
        String password = rest.stream().filter(o -> o.startsWith("--vigil.exercise.password=")).findFirst()
                .map(o -> o.substring(o.indexOf('=') + 1)).orElse("vigil-exercise-2026");
        List<String> options = new ArrayList<>(List.of("--spring.profiles.active=exercise",
                "--vigil.installation.purpose=EXERCISE", "--vigil.demo.enabled=false",
                "--vigil.exercise.scenario=" + file, "--vigil.bootstrap.admin-password=" + password));
        if (rest.stream().noneMatch(o -> o.startsWith("--vigil.clock.rate="))) {
            options.add("--vigil.clock.rate=" + scenario.clockRate().toPlainString());
        }
        options.addAll(rest);
        System.err.println("vigil: exercise " + scenario.name() + " on " + dataDir
                + (Files.isDirectory(Path.of(dataDir)) ? " (continuing)" : " (new exercise database)"));
        SpringApplication.run(application, options.toArray(String[]::new));
        return OptionalInt.empty();
    }
}
