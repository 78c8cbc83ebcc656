package eu.vigil.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A provider's webhook endpoint (the secret is never listed).
 *
 * @param providerId provider
 * @param url        endpoint receiving POSTs
 * @param createdAt  when it was set
 * @param createdBy  who set it
 */
public record Webhook(UUID providerId, String url, Instant createdAt, String createdBy) {
}
