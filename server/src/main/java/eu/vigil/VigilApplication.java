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
     * of {@code vigil.clock.rate}, which never runs backwards (ADR 0025). Tests replace it with a settable clock.
     */
    @Bean
    Clock clock(InstallationClock installation) {
        return installation.start(Clock.systemUTC(), System::nanoTime);
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
