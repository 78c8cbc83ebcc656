package eu.vigil.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification to an organisation.
 *
 * @param id          notification id
 * @param kind        stable kind, e.g. {@code removal_order.overdue}
 * @param subjectType kind of record it is about, e.g. {@code removal_order}
 * @param subjectId   its id
 * @param reference   reference of that record (e.g. of the order), may be null
 * @param text        what happened, in English (the subject page gives the details in the reader's language)
 * @param createdAt   when it was raised
 * @param readAt      when someone of the organisation marked it read, may be null
 * @param readBy      who, may be null
 */
public record Notification(UUID id, String kind, String subjectType, String subjectId, String reference, String text,
        Instant createdAt, Instant readAt, String readBy) {
}
