package eu.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ./vigil audit verify} and unknown commands, through the real launcher. */
class LauncherIntegrationTests {

    @Test
    void auditVerifyRunsAgainstTheConfiguredDatabaseAndExitsZeroWhenIntact() {
        var code = Launcher.run(VigilApplication.class, new String[] {"audit", "verify", "--spring.profiles.active=test",
                "--spring.flyway.enabled=true"});
        assertThat(code).hasValue(0);
    }

    @Test
    void unknownCommandExitsWithTwo() {
        assertThat(Launcher.run(VigilApplication.class, new String[] {"frobnicate"})).hasValue(2);
    }
}
