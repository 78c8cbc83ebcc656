package eu.vigil.testing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a party was told about a subject: its notifications and, for providers, the webhook outbox. Also gives a
 * provider a webhook endpoint (stored directly: the destination check is tested elsewhere).
 */
public final class Told {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Told(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Gives the provider a webhook endpoint, so that events to it are also written to its outbox. */
    public void withWebhook(IntegrationTest.Tenant provider) {
        jdbc.sql("insert into provider_webhook (provider_id, url, secret, created_at, created_by) values (?,?,?,?,?)")
                .params(UUID.fromString(provider.id()), "https://hooks.example/" + provider.id(),
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Timestamp.from(clock.instant()), "test").update();
    }

    /** Kinds of the organisation's notifications about the subject, oldest first. */
    public List<String> notifications(IntegrationTest.Tenant party, String subjectId) {
        return jdbc.sql("select kind from notification where organisation_id = ? and subject_id = ? order by created_at, kind")
                .params(UUID.fromString(party.id()), subjectId).query(String.class).list();
    }

    /** Texts of the organisation's notifications of one kind about the subject. */
    public List<String> texts(IntegrationTest.Tenant party, String kind, String subjectId) {
        return jdbc.sql("select text from notification where organisation_id = ? and kind = ? and subject_id = ?")
                .params(UUID.fromString(party.id()), kind, subjectId).query(String.class).list();
    }

    /** Event types in the provider's webhook outbox about the subject. */
    public List<String> webhooks(IntegrationTest.Tenant provider, String subjectId) {
        return jdbc.sql("select event_type from outbox_message where provider_id = ? and subject_id = ? order by created_at, event_type")
                .params(UUID.fromString(provider.id()), subjectId).query(String.class).list();
    }

    /** Payloads in the provider's webhook outbox of one type about the subject. */
    public List<String> payloads(IntegrationTest.Tenant provider, String type, String subjectId) {
        return jdbc.sql("select payload from outbox_message where provider_id = ? and event_type = ? and subject_id = ?")
                .params(UUID.fromString(provider.id()), type, subjectId).query(String.class).list();
    }
}
