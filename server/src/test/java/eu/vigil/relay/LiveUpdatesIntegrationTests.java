package eu.vigil.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Live updates over real HTTP (issue 12): a committed change reaches every open page of the organisations it
 * concerns, told in the reader's language; a rolled-back one reaches nobody; another organisation hears nothing;
 * a page that never reads costs only its own bounded queue while the others keep receiving.
 */
class LiveUpdatesIntegrationTests extends IntegrationTest {

    @Autowired
    LiveUpdates live;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private record Happened(String type, Instant at, String subjectId, Collection<UUID> recipients, String text,
            Map<String, ?> data) implements PartyEvent {
        public Auditor actor() {
            return Auditor.system("live test");
        }

        public String subjectType() {
            return "removal_order";
        }

        public String href() {
            return "/api/v1/removal-orders/" + subjectId;
        }
    }

    private Happened event(Tenant to, String type, String reference) {
        String id = UUID.randomUUID().toString();
        return new Happened(type, clock.instant(), id, List.of(to.organisation().id().value()), "Something happened to "
                + reference + ".", Map.of("reference", reference, "orderId", id));
    }

    /** Reads a stream line by line in the background into {@code lines}. */
    private static void collect(InputStream stream, List<String> lines) {
        Thread.ofVirtual().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception e) {
                lines.add("closed: " + e);
            }
        });
    }

    private static void await(List<String> lines, String text) throws InterruptedException {
        for (int i = 0; i < 300 && lines.stream().noneMatch(l -> l.contains(text)); i++) {
            Thread.sleep(100);
        }
        assertThat(lines).as("the stream received " + text).anyMatch(l -> l.contains(text));
    }

    private Http loggedIn(Tenant tenant, String language) {
        Http http = http().header("Accept-Language", language);
        assertThat(http.login(tenant.username(), PASSWORD)).isEqualTo("/");
        return http;
    }

    @Test
    void committedChangesReachTheOpenPagesOfTheirOrganisationOnlyAndRolledBackOnesNobody() throws Exception {
        Tenant provider = tenant(OrganisationKind.HOSTING_SERVICE_PROVIDER, null, "Live Host");
        Tenant stranger = tenant(OrganisationKind.HOSTING_SERVICE_PROVIDER, null, "Live Stranger");
        List<String> english = new CopyOnWriteArrayList<>();
        List<String> german = new CopyOnWriteArrayList<>();
        List<String> other = new CopyOnWriteArrayList<>();
        collect(loggedIn(provider, "en").stream("/live"), english);
        collect(loggedIn(provider, "de").stream("/live"), german);
        collect(loggedIn(stranger, "en").stream("/live"), other);
        await(english, ":connected");
        await(german, ":connected");
        await(other, ":connected");

        transactions.executeWithoutResult(tx -> {
            events.publishEvent(event(provider, "removal_order.acknowledged", "XX-ROLLED-BACK"));
            tx.setRollbackOnly();
        });
        Happened acknowledged = event(provider, "removal_order.acknowledged", "XX-LIVE-0001");
        transactions.executeWithoutResult(tx -> events.publishEvent(acknowledged));

        await(english, "The provider acknowledged receipt of XX-LIVE-0001 at");
        await(german, "Der Anbieter hat den Eingang von XX-LIVE-0001 um");
        assertThat(english).anyMatch(l -> l.startsWith("event:change"));
        assertThat(english).anyMatch(l -> l.contains("\"subjectId\":\"" + acknowledged.subjectId() + "\""));
        assertThat(english).as("a rolled-back change is told to nobody").noneMatch(l -> l.contains("XX-ROLLED-BACK"));
        assertThat(other).as("another organisation hears nothing").noneMatch(l -> l.contains("XX-LIVE"));
        assertThat(english).as("no raw instant in the sentence")
                .filteredOn(l -> l.contains("sentence")).noneMatch(l -> l.matches(".*\"sentence\":\"[^\"]*\\d{4}-\\d\\d-\\d\\dT.*"));
    }

    @Test
    void aPageThatNeverReadsCostsOnlyItsOwnQueueWhileTheOthersKeepReceiving() throws Exception {
        Tenant provider = tenant(OrganisationKind.HOSTING_SERVICE_PROVIDER, null, "Flooded Host");
        UUID org = provider.organisation().id().value();
        List<String> reading = new CopyOnWriteArrayList<>();
        collect(loggedIn(provider, "en").stream("/live"), reading);
        InputStream stuck = loggedIn(provider, "en").stream("/live"); // opened, never read
        await(reading, ":connected");
        for (int i = 0; i < 100 && live.streams(org) < 2; i++) {
            Thread.sleep(50);
        }
        assertThat(live.streams(org)).isEqualTo(2);

        String padding = "x".repeat(1000);
        for (int i = 0; i < 20_000; i++) {
            live.committed(event(provider, "removal_order.flood", padding + i));
            assertThat(live.backlog(org)).isLessThanOrEqualTo(LiveUpdates.QUEUE);
        }
        // A reader slower than the flood (2 busy cores) may itself have been told to resync: that is the
        // guarantee. Let it drain what it holds, then it must still receive the next change at once.
        int seen = -1;
        for (int i = 0; i < 200 && seen != reading.size(); i++) {
            seen = reading.size();
            Thread.sleep(250);
        }
        Happened last = event(provider, "removal_order.acknowledged", "XX-AFTER-FLOOD");
        live.committed(last);
        await(reading, "XX-AFTER-FLOOD");
        assertThat(live.backlog(org)).isLessThanOrEqualTo(LiveUpdates.QUEUE);
        stuck.close();
    }
}
