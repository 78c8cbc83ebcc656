package eu.vigil;

import java.util.Arrays;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import eu.vigil.audit.AuditVerificationCommand;

/**
 * Decides between serving (the default) and running a one-shot command against the configured database.
 * One-shot commands start Spring without a web server and return a process exit code;
 * serving returns no exit code and keeps the process alive.
 */
final class Launcher {

    private Launcher() {
    }

    static OptionalInt run(Class<?> application, String[] args) {
        if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
            SpringApplication app = new SpringApplication(application);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("command");
            String[] rest = Arrays.copyOfRange(args, 2, args.length);
            try (ConfigurableApplicationContext context = app.run(rest)) {
                return OptionalInt.of(context.getBean(AuditVerificationCommand.class).run(System.out));
            }
        }
        if (args.length >= 1 && args[0].equals("exercise")) {
            return ExerciseCommand.run(application, args);
        }
        if (args.length >= 1 && !args[0].startsWith("-")) {
            System.err.println("vigil: unknown command '" + String.join(" ", args)
                    + "'. Commands: audit verify, exercise run SCENARIO. Server options start with --.");
            return OptionalInt.of(2);
        }
        SpringApplication.run(application, args);
        return OptionalInt.empty();
    }
}
