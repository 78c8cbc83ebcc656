package eu.vigil.removalorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything Art. 11 asks of the provider for one order: whether it may inform the content provider yet, when it did,
 * until when the content provider may request scrutiny, and the content provider's requests and their answers.
 *
 * @param orderId              the order
 * @param nonDisclosureEndsOn  last day of non-disclosure (inclusive, UTC), null without it
 * @param mayInformFrom        first instant the provider may inform (end of non-disclosure), null without it
 * @param nonDisclosureInForce whether the provider must still keep silent now
 * @param informed             Art. 11(1) information given, oldest first
 * @param requests             Art. 11(2) requests, oldest first
 * @param openRequests         how many requests await an answer
 * @param nonDisclosureEndReminderAt when the provider was reminded that non-disclosure ended, null before
 */
public record InformationToContentProvider(RemovalOrderId orderId, LocalDate nonDisclosureEndsOn, Instant mayInformFrom,
        boolean nonDisclosureInForce, List<ContentProviderInformation> informed, List<ContentProviderRequest> requests,
        long openRequests, Instant nonDisclosureEndReminderAt) {

    public InformationToContentProvider {
        informed = List.copyOf(informed);
        requests = List.copyOf(requests);
    }
}
