package eu.vigil.removalorder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The order's states live in one model and one adapter (issue 11): only {@link OrderLedger} writes the
 * {@code removal_order} table, no SQL outside it spells an order state as a literal, and only the
 * removal-order module reaches the ledger. The SQL lives in Java text blocks the compiler cannot check, so the
 * first two rules read the main sources of this module; migrations are outside them by construction.
 */
class OrderLedgerRulesTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern WRITE = Pattern.compile(
            "(?is)\\b(update\\s+removal_order|insert\\s+into\\s+removal_order|delete\\s+from\\s+removal_order)(?![a-z_])");
    private static final Pattern STATE_LITERAL = Pattern.compile(
            "'(" + String.join("|", Stream.of(OrderState.values()).map(Enum::name).toList()) + ")'");

    @Test
    void onlyTheLedgerWritesTheRemovalOrderTable() throws IOException {
        assertThat(filesMatching(WRITE)).containsExactly(SOURCES.resolve("eu/vigil/removalorder/OrderLedger.java"));
    }

    @Test
    void noOrderStateIsASqlLiteralOutsideTheModel() throws IOException {
        assertThat(filesMatching(STATE_LITERAL)).isEmpty();
    }

    @Test
    void theRulesSeeTheSources() {
        assertThat(WRITE.matcher("jdbc.sql(\"\"\"\n   UPDATE removal_order set x = 1").find()).isTrue();
        assertThat(WRITE.matcher("update removal_order_item set status = ?").find()).isFalse();
        assertThat(STATE_LITERAL.matcher("where state = 'WITHDRAWN'").find()).isTrue();
        assertThat(Files.isDirectory(SOURCES.resolve("eu/vigil/removalorder"))).isTrue();
    }

    @Test
    void onlyTheRemovalOrderModuleReachesTheLedger() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.vigil");
        noClasses().that().resideOutsideOfPackage("eu.vigil.removalorder").should().dependOnClassesThat()
                .haveFullyQualifiedName(OrderLedger.class.getName())
                .because("the ledger is the removal_order table's only writer (issue 11)").check(classes);
    }

    private static List<Path> filesMatching(Pattern p) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return p.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }
}
