/**
 * Delivery of events to providers' own systems: webhook endpoints signed in the Standard Webhooks style
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}), fed by a transactional outbox
 * written in the same transaction as the event, sent with retries and exponential backoff, idempotent by
 * message id. Only https endpoints on public addresses (or blocks the operator allows) are called, each endpoint
 * in its own lane so that a slow one delays only itself (ADR 0017).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package eu.vigil.delivery;
