package eu.vigil.removalorder;

import java.time.Instant;
import java.util.List;

import eu.vigil.shared.Limits;
import jakarta.validation.constraints.Size;

/**
 * Annex II: what the provider did, item by item.
 *
 * @param items             the items acted on
 * @param providerReference the provider's file reference, optional
 * @param authorisedPerson  the person filing for the provider (Section C)
 */
public record Feedback(@Size(max = Limits.ITEMS, message = Limits.COUNT) List<Action> items,
        @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String providerReference,
        @Size(max = Limits.NAME, message = Limits.CHARS) String authorisedPerson) {

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
