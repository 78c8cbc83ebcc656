package eu.vigil.web;

import eu.vigil.notification.Notification;

/**
 * A notification as the start page lists it: the stored record and its sentence in the reader's language with the
 * reader's local time (issue 12), never the stored English line with an ISO instant where a sentence exists.
 *
 * @param notification the notification
 * @param sentence     what happened, told to this reader
 */
public record NotificationLine(Notification notification, String sentence) {
}
