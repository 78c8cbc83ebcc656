package eu.vigil.deconfliction;

import java.util.UUID;

/**
 * One case in the register of open case items: what kind, its id and the reference people read.
 *
 * @param kind      order, referral or notice
 * @param caseId    the case's id in its own feature
 * @param reference the reference shown to people (an order's number, a referral's reference)
 */
public record CaseRef(CaseKind kind, UUID caseId, String reference) {

    public CaseRef {
        if (kind == null || caseId == null) {
            throw new IllegalArgumentException("a case needs a kind and an id");
        }
        reference = reference == null ? "" : reference;
    }

    /** Where a reader opens the case, by kind. */
    public String href() {
        return switch (kind) {
            case ORDER -> "/orders/" + caseId; // the order page (removalorder.internal.OrderPages)
            case REFERRAL -> "/referrals/" + caseId;
            case NOTICE -> "/notices/" + caseId;
        };
    }
}
