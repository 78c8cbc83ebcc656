package eu.vigil.installation;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link ClockRefused} start into Spring Boot's "APPLICATION FAILED TO START" report with what to do. */
public final class ClockRefusalAnalyzer extends AbstractFailureAnalyzer<ClockRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable root, ClockRefused cause) {
        String action = switch (cause.reason()) {
            case RATE_NOT_A_NUMBER, RATE_OUT_OF_RANGE -> "Set vigil.clock.rate to a number greater than 0 and at most "
                    + "3600, e.g. --vigil.clock.rate=120, or leave it out for real time.";
            case PURPOSE_UNKNOWN -> "Set vigil.installation.purpose=EXERCISE on an empty database, or leave it out.";
            case NOT_A_DEMO_OR_EXERCISE_DATABASE -> "Leave vigil.clock.rate out (real time) on this database, or start "
                    + "./vigil demo --vigil.clock.rate=… on a fresh data directory (delete or move ./data, or set "
                    + "--vigil.database.data-dir), or --vigil.installation.purpose=EXERCISE on an empty database.";
        };
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
