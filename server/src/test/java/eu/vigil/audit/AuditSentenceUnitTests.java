package eu.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import eu.vigil.shared.CanonicalJson;

/** The wording of audit records, from the real message bundles and names given in memory (no database). */
class AuditSentenceUnitTests {

    private static final UUID ANNA = UUID.fromString("0a0a0a0a-0000-4000-8000-000000000001");
    private static final UUID BKA = UUID.fromString("0b0b0b0b-0000-4000-8000-000000000002");
    private static final UUID ORDER = UUID.fromString("3f2a9c1b-0000-4000-8000-000000000003");

    private final AuditSentences sentences = new AuditSentences(bundles(), new AuditNames() {
        @Override
        public Map<UUID, String> people(Collection<UUID> ids) {
            return ids.contains(ANNA) ? Map.of(ANNA, "Anna Schmidt") : Map.of();
        }

        @Override
        public Map<UUID, String> organisations(Collection<UUID> ids) {
            return ids.contains(BKA) ? Map.of(BKA, "BKA") : Map.of();
        }

        @Override
        public Set<UUID> peopleNamed(String text) {
            return Set.of();
        }
    });

    @Test
    void anIssuedOrderNamesThePersonHerOrganisationTheReferenceAndTheProvider() {
        AuditRecord issued = record(ANNA, "anna.schmidt (BKA)", BKA, "removal_order.issued", "removal_order",
                ORDER.toString(), Map.of("reference", "DE-BKA-2026-00005", "provider", "Kestrel Video Inc.",
                        "sentAt", "2026-03-03T10:00:00Z"));

        AuditSentence en = sentences.describe(issued, Locale.ENGLISH);
        assertThat(en.text()).isEqualTo("Anna Schmidt (BKA) issued DE-BKA-2026-00005 to Kestrel Video Inc.");
        assertThat(en.object()).isEqualTo("DE-BKA-2026-00005");
        assertThat(en.before() + en.object() + en.after()).isEqualTo(en.text());
        assertThat(en.href()).isEqualTo("/orders/" + ORDER);
        assertThat(en.kind()).isEqualTo("removal order");

        assertThat(sentences.describe(issued, Locale.GERMAN).text())
                .isEqualTo("Anna Schmidt (BKA) hat DE-BKA-2026-00005 an Kestrel Video Inc. erlassen.");
        assertThat(sentences.describe(issued, Locale.FRENCH).text())
                .isEqualTo("Anna Schmidt (BKA) a émis DE-BKA-2026-00005 à l'intention de Kestrel Video Inc.");
    }

    @Test
    void withoutACounterpartTheShortSentenceIsUsed() {
        AuditRecord acknowledged = record(ANNA, "anna.schmidt (BKA)", BKA, "removal_order.acknowledged",
                "removal_order", ORDER.toString(), Map.of("reference", "DE-BKA-2026-00005", "stateBefore", "ISSUED"));

        assertThat(sentences.describe(acknowledged, Locale.ENGLISH).text())
                .isEqualTo("Anna Schmidt (BKA) acknowledged receipt of DE-BKA-2026-00005.");
    }

    @Test
    void anObjectWithoutReferenceIsItsKindInWordsAndAShortId() {
        AuditRecord changed = record(ANNA, "anna.schmidt (BKA)", BKA, "bank.changed", "bank", ORDER.toString(),
                Map.of("sharing", "PRIVATE", "shares", 0));

        AuditSentence s = sentences.describe(changed, Locale.ENGLISH);
        assertThat(s.text()).isEqualTo("Anna Schmidt (BKA) changed the sharing of bank 3f2a9c1b.");
        assertThat(s.href()).isEqualTo("/banks/" + ORDER);
    }

    @Test
    void aCounterpartGivenAsAnIdIsNotShownAsOne() {
        AuditRecord raised = record(null, "system: exposure", null, "exposure.assessment_raised",
                "hosting_service_provider", ORDER.toString(), Map.of("provider", ORDER.toString()));

        assertThat(sentences.describe(raised, Locale.ENGLISH).text())
                .isEqualTo("Vigil (exposure) raised an exposure assessment (provider 3f2a9c1b).");
    }

    @Test
    void anUnknownEventTypeGetsTheGenericSentenceNeverItsRawName() {
        AuditRecord unknown = record(ANNA, "anna.schmidt (BKA)", BKA, "gizmo.frobnicated", "gizmo", "g-17",
                Map.of("at", "2026-03-03T10:00:00Z"));

        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN)) {
            AuditSentence s = sentences.describe(unknown, locale);
            assertThat(s.text()).as(locale.toString()).doesNotContain("gizmo.frobnicated", "audit.", "2026-03-03T")
                    .startsWith("Anna Schmidt (BKA) ").contains("g-17");
            assertThat(s.href()).isNull();
        }
        assertThat(sentences.describe(unknown, Locale.ENGLISH).text())
                .isEqualTo("Anna Schmidt (BKA) recorded a change to record g-17.");
    }

    @Test
    void theSystemAndUnknownCredentialsAreNamedByTheirLabels() {
        AuditRecord sweep = record(null, "system: deadline sweep", null, "removal_order.overdue", "removal_order",
                ORDER.toString(), Map.of("reference", "DE-BKA-2026-00005"));
        AuditRecord token = record(UUID.randomUUID(), "token ci-feed (BKA)", BKA, "bank_entry.added", "bank_entry", "42",
                Map.of("bank", ORDER.toString()));

        assertThat(sentences.describe(sweep, Locale.ENGLISH).text())
                .isEqualTo("Vigil (deadline sweep) recorded that the deadline of DE-BKA-2026-00005 passed.");
        AuditSentence t = sentences.describe(token, Locale.ENGLISH);
        assertThat(t.text()).isEqualTo("token ci-feed (BKA) added bank entry 42.");
        assertThat(t.href()).as("an entry links to its bank").isEqualTo("/banks/" + ORDER);
        assertThat(t.organisation()).isEqualTo("BKA");
    }

    @Test
    void everyEventTypeRecordedInTheCodeHasASentenceInEveryLanguage() throws Exception {
        var bundle = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> known = bundle.stringPropertyNames().stream().filter(k -> k.startsWith("audit.says."))
                .collect(Collectors.toSet());
        for (String type : List.of("removal_order.issued", "removal_order.executed", "removal_order.withdrawn",
                "provider.registered", "provider.amended", "bank.created", "user.created", "access.denied",
                "scrutiny.started", "preservation.accessed", "invitation.created", "deconfliction.hit")) {
            assertThat(known).contains("audit.says." + type);
        }
        for (String type : AuditSentences.SUBJECT_TYPES) {
            assertThat(bundle).containsKey("audit.object." + type);
        }
    }

    private static AuditRecord record(UUID actor, String label, UUID organisation, String action, String subjectType,
            String subjectId, Map<String, ?> details) {
        return new AuditRecord(1, Instant.parse("2026-03-03T10:00:00Z"), actor, label, organisation, action,
                subjectType, subjectId, null, null, CanonicalJson.write(details), AuditLog.GENESIS, AuditLog.GENESIS);
    }

    private static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
