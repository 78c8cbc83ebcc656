package eu.vigil;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import eu.vigil.installation.InstallationClock;

/**
 * Composition root of the Vigil server. The only place that reads the wall clock: every other class
 * receives the {@link Clock} bean declared here, so tests can move time across legal deadlines.
 */
@SpringBootApplication
@EnableScheduling
public class VigilApplication {

    /**
     * The system clock in UTC, ticking in microseconds like PostgreSQL's {@code timestamptz}, so an instant
     * read back from the database equals the one written; on a demo or exercise database the accelerated clock
     * of {@code vigil.clock.rate}, which never runs backwards (ADR 0025); on a demo database wrapped in a
     * {@link eu.vigil.installation.HistoryClock} for the demo's history. Tests replace it with a settable clock.
     */
    @Bean
    Clock clock(InstallationClock installation) {
        Clock clock = installation.start(Clock.systemUTC(), System::nanoTime);
        // a demo database records a year of history through the use cases at start-up (HistoryClock)
        return installation.purpose().orElse(null) == eu.vigil.installation.InstallationPurpose.DEMO
                ? new eu.vigil.installation.HistoryClock(clock) : clock;
    }

    /**
     * Starts the server, or runs a one-shot command ({@code audit verify}) when given one.
     *
     * @param args Spring Boot arguments, optionally preceded by a command
     */
    public static void main(String[] args) {
        Launcher.run(VigilApplication.class, args).ifPresent(System::exit);
    }
}
