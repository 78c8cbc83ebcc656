package eu.vigil.audit;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

/**
 * {@code ./vigil audit verify}: recomputes the chain and prints the result. Exit code 0 when intact,
 * 1 when broken.
 */
@Component
public class AuditVerificationCommand {

    private final AuditLog log;

    AuditVerificationCommand(AuditLog log) {
        this.log = log;
    }

    /** Runs the verification and returns the process exit code. */
    public int run(PrintStream out) {
        return switch (log.verify()) {
            case AuditVerification.Intact ok -> {
                out.printf("audit log intact: %d records verified; head %d %s%n", ok.checked(), ok.headSeq(),
                        ok.headHash());
                yield 0;
            }
            case AuditVerification.Broken bad -> {
                out.printf("AUDIT LOG BROKEN at record %d: %s (%d records before it verified)%n", bad.seq(),
                        bad.reason(), bad.checked());
                yield 1;
            }
        };
    }
}
