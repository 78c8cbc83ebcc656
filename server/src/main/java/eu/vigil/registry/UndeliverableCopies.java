package eu.vigil.registry;

import java.time.Instant;
import java.util.List;

/**
 * A gap in the register seen from the orders: copies of cross-border removal orders (Art. 4(1)) that could not be
 * delivered because no authority of the host Member State holding role (b) of Art. 12(1) is on this installation
 * (issue 11, defect 5). Shown on the register's data-quality view; implemented by the removal-order feature.
 */
public interface UndeliverableCopies {

    /**
     * Undeliverable copies of one host Member State.
     *
     * @param memberState the host Member State
     * @param copies      how many copies could not be delivered
     * @param lastAt      when the latest of them was issued
     */
    record Gap(String memberState, int copies, Instant lastAt) {
    }

    /** The gaps, one per host Member State with at least one undeliverable copy, by Member State code. */
    List<Gap> byMemberState();
}
