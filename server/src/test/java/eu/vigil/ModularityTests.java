package eu.vigil;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Spring Modulith: features are top-level packages and touch each other only through their API. */
class ModularityTests {

    /** The libraries (hashing, amplification) share the base package but are Maven modules, not application modules. */
    static final ApplicationModules MODULES = ApplicationModules.of(VigilApplication.class,
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("eu.vigil.hashing..",
                    "eu.vigil.amplification.."));

    @Test
    void moduleBoundariesHold() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
