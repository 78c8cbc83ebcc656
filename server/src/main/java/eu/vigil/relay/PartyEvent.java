package eu.vigil.relay;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import eu.vigil.audit.Auditor;

/**
 * Something that happened which the parties it concerns must learn at once: publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction of the change. The relay then appends an audit record
 * ({@link #type()} as the action, {@link #data()} as the state after, {@link #details()} in clear), notifies every
 * {@link #recipients() recipient} with {@link #text()}, and enqueues a webhook for each recipient provider that has
 * one, in the Standard Webhooks shape {@code {type, timestamp, data}} where {@code data} is {@link #data()} plus
 * {@code href}. Event types and payloads are documented in {@code docs/api/webhooks.md}.
 */
public interface PartyEvent {

    /** Stable type, e.g. {@code removal_order.executed}: the notification kind, audit action and webhook type. */
    String type();

    /** When it happened (the model's clock). */
    Instant at();

    /** Who caused it; {@code Auditor.system(..)} for sweeps. */
    Auditor actor();

    /** Kind of record it concerns, e.g. {@code removal_order}. */
    String subjectType();

    /** Id of that record. */
    String subjectId();

    /** API path of that record, for the webhook's {@code href}. */
    String href();

    /** Organisations to tell (nulls and organisations not on this installation are skipped; duplicates once). */
    Collection<java.util.UUID> recipients();

    /** One line for the notification, in plain words. */
    String text();

    /** Webhook {@code data} and audited state; no secrets, no content. */
    Map<String, ?> data();

    /** The state after as the audit record keeps it; {@link #data()} unless the record needs more than the webhook. */
    default Map<String, ?> audited() {
        return data();
    }

    /** Small readable facts kept in clear in the audit record (e.g. the reference). */
    default Map<String, ?> details() {
        return Map.of();
    }
}
