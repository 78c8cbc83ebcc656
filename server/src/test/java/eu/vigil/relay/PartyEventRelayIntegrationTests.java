package eu.vigil.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.IntegrationTest;

/** A published party event becomes an audit record, notifications and webhooks, or nothing when rolled back. */
class PartyEventRelayIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    record Happened(String subjectId, Collection<UUID> recipients) implements PartyEvent {
        public String type() {
            return "relay_test.happened";
        }

        public Instant at() {
            return Instant.parse("2026-12-02T10:00:00Z");
        }

        public Auditor actor() {
            return Auditor.system("relay test");
        }

        public String subjectType() {
            return "relay_test";
        }

        public String href() {
            return "/api/v1/relay-tests/" + subjectId;
        }

        public String text() {
            return "Something happened to " + subjectId + ".";
        }

        public Map<String, ?> data() {
            return Map.of("subject", subjectId);
        }
    }

    @Test
    void everyRecipientIsNotifiedProvidersWithAWebhookGetOneAndTheChangeIsAudited() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "CZ", "Relay Authority");
        var hsp = provider("Relay Host", "CZ", "cs");
        jdbc.sql("insert into provider_webhook (provider_id, url, secret, created_at, created_by) values (?,?,?,?,?)")
                .params(UUID.fromString(hsp.id()), "https://relay.example/hook", "secret",
                        java.sql.Timestamp.from(clock.instant()), "test").update();
        String subject = UUID.randomUUID().toString();
        transactions.executeWithoutResult(t -> events.publishEvent(new Happened(subject,
                java.util.Arrays.asList(UUID.fromString(authority.id()), UUID.fromString(hsp.id()), null,
                        UUID.fromString(hsp.id())))));

        assertThat(count("select count(*) from notification where subject_id = ?", subject)).isEqualTo(2);
        assertThat(count("select count(*) from outbox_message where subject_id = ?", subject)).isEqualTo(1);
        String payload = jdbc.sql("select payload from outbox_message where subject_id = ?").param(subject)
                .query(String.class).single();
        assertThat(payload).contains("\"type\":\"relay_test.happened\"").contains("\"href\":\"/api/v1/relay-tests/" + subject);
        assertThat(count("select count(*) from audit_record where subject_id = ? and action = 'relay_test.happened'", subject))
                .isEqualTo(1);
    }

    @Test
    void nothingIsRelayedWhenTheChangeRollsBack() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "CZ", "Relay Rollback Authority");
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transactions.executeWithoutResult(t -> {
            events.publishEvent(new Happened(subject, List.of(UUID.fromString(authority.id()))));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from notification where subject_id = ?", subject)).isZero();
        assertThat(count("select count(*) from audit_record where subject_id = ?", subject)).isZero();
    }

    private long count(String sql, String subject) {
        return jdbc.sql(sql).param(subject).query(Long.class).single();
    }
}
