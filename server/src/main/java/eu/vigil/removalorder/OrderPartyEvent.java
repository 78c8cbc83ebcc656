package eu.vigil.removalorder;

import eu.vigil.relay.PartyEvent;

/**
 * A {@link PartyEvent} about one removal order: its audit subject is the order and its webhook {@code href} the
 * order's API path, unless an event points to a part of the order instead.
 */
public interface OrderPartyEvent extends PartyEvent {

    /** The order the event concerns. */
    RemovalOrderId concerns();

    @Override
    default String subjectType() {
        return "removal_order";
    }

    @Override
    default String subjectId() {
        return concerns().toString();
    }

    @Override
    default String href() {
        return "/api/v1/removal-orders/" + concerns();
    }
}
