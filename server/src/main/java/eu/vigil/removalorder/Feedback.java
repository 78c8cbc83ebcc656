package eu.vigil.removalorder;

import java.time.Instant;
import java.util.List;

/**
 * Annex II: what the provider did, item by item.
 *
 * @param items             the items acted on
 * @param providerReference the provider's file reference, optional
 * @param authorisedPerson  the person filing for the provider (Section C)
 */
public record Feedback(List<Action> items, String providerReference, String authorisedPerson) {

    /**
     * One item acted on.
     *
     * @param position 1-based item position
     * @param action   REMOVED or DISABLED (in all Member States)
     * @param actionAt when; not before receipt and not after filing (R28)
     */
    public record Action(int position, OrderItem.ItemStatus action, Instant actionAt) {
    }
}
