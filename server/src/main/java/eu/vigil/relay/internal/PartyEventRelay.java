package eu.vigil.relay.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.delivery.Webhooks;
import eu.vigil.notification.Notifications;
import eu.vigil.relay.PartyEvent;
import eu.vigil.shared.CanonicalJson;

/**
 * Relays each {@link PartyEvent} synchronously, on the publishing thread and so inside the publisher's
 * transaction: the audit record, notifications and outbox messages commit or roll back with the change itself.
 * Webhook delivery happens later, from the outbox ({@code WebhookDispatcher}), so a slow receiver never holds
 * the transaction.
 */
@Component
class PartyEventRelay {

    private final AuditLog audit;
    private final Notifications notifications;
    private final Webhooks webhooks;
    private final eu.vigil.installation.InstallationClock installation;

    PartyEventRelay(AuditLog audit, Notifications notifications, Webhooks webhooks,
            eu.vigil.installation.InstallationClock installation) {
        this.installation = installation;
        this.audit = audit;
        this.notifications = notifications;
        this.webhooks = webhooks;
    }

    @EventListener
    void relay(PartyEvent event) {
        audit.append(event.actor(), new AuditEvent(event.type(), event.subjectType(), event.subjectId(), null,
                event.audited(), event.details()));
        var recipients = new LinkedHashSet<UUID>();
        event.recipients().stream().filter(Objects::nonNull).forEach(recipients::add);
        Object reference = eu.vigil.relay.ChangeSentences.reference(event);
        notifications.notify(recipients, event.type(), event.subjectType(), event.subjectId(),
                reference == null ? null : reference.toString(), event.text());
        String payload = null;
        for (UUID recipient : recipients) {
            if (webhooks.find(recipient).isPresent()) {
                payload = payload != null ? payload : payload(event, exercise());
                webhooks.enqueue(recipient, event.type(), event.subjectId(), payload);
            }
        }
    }

    /** Whether this is an exercise installation: then every webhook says so ({@code exercise: true}, ADR 0032). */
    private boolean exercise() {
        return installation.purpose().orElse(null) == eu.vigil.installation.InstallationPurpose.EXERCISE;
    }

    /**
     * The Standard Webhooks body of an event; on an exercise installation with {@code "exercise": true} at the top
     * level, so that a receiver never mistakes an exercise for a real event.
     */
    static String payload(PartyEvent event, boolean exercise) {
        Map<String, Object> data = new LinkedHashMap<>(event.data());
        data.put("href", event.href());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.type());
        body.put("timestamp", event.at().toString());
        body.put("data", data);
        if (exercise) {
            body.put("exercise", true);
        }
        return CanonicalJson.write(body);
    }
}
