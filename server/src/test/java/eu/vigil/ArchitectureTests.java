package eu.vigil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** House rules that the compiler cannot see. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("eu.vigil");

    /**
     * Time comes from the injected Clock; only the composition root reads the system clock. The provider SDK
     * ({@code eu.vigil.client}, on the test class path for the SDK-against-server tests) is its users' own
     * composition root: its convenience constructors default to the system clock, next to ones that take a Clock.
     */
    @Test
    void noWallClockOutsideTheCompositionRoot() {
        noClasses().that().doNotHaveFullyQualifiedName(VigilApplication.class.getName())
                .and().resideOutsideOfPackage("eu.vigil.client..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.InstantSource.class, "system")
                .orShould().callConstructor(java.util.Date.class)
                .because("deadlines must be testable with a settable clock (house style 10.4)")
                .check(CLASSES);
    }

    @Test
    void noPatternSuffixesInNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Dto")
                .orShould().haveSimpleNameEndingWith("Manager")
                .because("names come from the legal domain (house style 10.3)").check(CLASSES);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("eu.vigil.shared..").should().dependOnClassesThat()
                .resideInAnyPackage("eu.vigil.registry..", "eu.vigil.identity..", "eu.vigil.audit..", "eu.vigil.web..",
                        "eu.vigil.demo..")
                .check(CLASSES);
    }
}
