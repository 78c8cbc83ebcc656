package eu.vigil.removalorder;

import java.time.Instant;

/**
 * An appeal against an order before a court or administrative body (Art. 9), as recorded by the issuer.
 *
 * @param lodgedAt  when it was lodged
 * @param court     where
 * @param decidedAt when it was decided, null while pending
 * @param confirmed whether the order was confirmed, null while pending
 */
public record OrderAppeal(Instant lodgedAt, String court, Instant decidedAt, Boolean confirmed) {
}
