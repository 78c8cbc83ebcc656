package eu.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message bundle has every key of the English reference bundle, every key a template uses exists,
 * and every bundle belongs to one of the 24 official EU languages.
 */
class MessageBundleTests {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/jte");

    @Test
    void everyBundleHasEveryKey() throws IOException {
        Properties reference = load(BUNDLES.resolve("messages.properties"));
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(p -> p.getFileName().toString().startsWith("messages_")).toList()) {
                String lang = bundle.getFileName().toString().replace("messages_", "").replace(".properties", "");
                assertThat(WebConfiguration.OFFICIAL_LANGUAGES).as("language of " + bundle).contains(lang);
                Properties translated = load(bundle);
                assertThat(translated.stringPropertyNames()).as(bundle + " keys")
                        .containsExactlyInAnyOrderElementsOf(reference.stringPropertyNames());
            }
        }
    }

    @Test
    void everyKeyUsedByATemplateExists() throws IOException {
        Properties reference = load(BUNDLES.resolve("messages.properties"));
        Pattern literal = Pattern.compile("\\.t\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
                var m = literal.matcher(Files.readString(template));
                while (m.find()) {
                    if (!reference.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " in " + template.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromEnumsExist() throws IOException {
        Properties reference = load(BUNDLES.resolve("messages.properties"));
        for (var kind : eu.vigil.identity.OrganisationKind.values()) {
            assertThat(reference).containsKey("dashboard.kind." + kind.name());
        }
        for (var role : eu.vigil.registry.AuthorityRole.values()) {
            assertThat(reference).containsKey("role." + role.name());
        }
        // issue 12 point 5: no raw enum name of an order on the pages
        for (var state : eu.vigil.removalorder.OrderState.values()) {
            assertThat(reference).containsKey("order.state." + state.name());
        }
        for (var status : eu.vigil.removalorder.OrderItem.ItemStatus.values()) {
            assertThat(reference).containsKey("order.itemStatus." + status.name());
        }
        for (var action : eu.vigil.removalorder.SpecificMeasureRemoval.Action.values()) {
            assertThat(reference).containsKey("order.itemStatus." + action.name());
        }
        for (var kind : eu.vigil.removalorder.OrderAnswer.Kind.values()) {
            assertThat(reference).containsKey("order.answerKind." + kind.name());
        }
        for (var reason : eu.vigil.removalorder.ImpossibilityReason.values()) {
            assertThat(reference).containsKey("impossibility." + reason.name());
        }
        for (var outcome : eu.vigil.removalorder.Complaint.Outcome.values()) {
            assertThat(reference).containsKey("order.complaintOutcome." + outcome.name());
        }
        for (var purpose : eu.vigil.removalorder.PreservedItem.Purpose.values()) {
            assertThat(reference).containsKey("order.purpose." + purpose.name());
        }
        for (String type : new String[] {"TCO_REMOVAL", "NL_CSAM_REMOVAL", "DSA_ART9"}) {
            assertThat(reference).as("the seeded order types").containsKey("ordertype." + type);
        }
        for (String reason : new String[] {"bad", "locked", "disabled"}) {
            assertThat(reference).containsKey("login.error." + reason);
        }
    }

    /** A message without arguments is shown as written, so a doubled apostrophe would show doubled. */
    @Test
    void onlyMessagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        Set<String> doubled = new TreeSet<>();
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties", "messages_de.properties"}) {
            load(BUNDLES.resolve(bundle)).forEach((key, value) -> {
                if (value.toString().contains("''") && !value.toString().matches("(?s).*\\{\\d+.*")) {
                    doubled.add(bundle + " " + key);
                }
            });
        }
        assertThat(doubled).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
