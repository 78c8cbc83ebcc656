package eu.vigil.referral;

import java.util.List;

/** What came of a referral, following from its items' answers (R36). */
public enum ReferralOutcome {
    /** Some item is not answered yet. */
    OPEN,
    /** Every item actioned. */
    ACTIONED,
    /** Some items actioned, others not. */
    PARTLY_ACTIONED,
    /** No item actioned, at least one assessed and left online. */
    NOT_ACTIONED,
    /** Every item not applicable. */
    NOT_APPLICABLE;

    /** The outcome of these items. */
    public static ReferralOutcome of(List<ReferralItem> items) {
        if (items.isEmpty() || items.stream().anyMatch(ReferralItem::open)) {
            return OPEN;
        }
        long actioned = items.stream().filter(i -> i.feedback().actioned()).count();
        long notApplicable = items.stream().filter(i -> i.feedback().outcome() == FeedbackOutcome.NOT_APPLICABLE).count();
        if (actioned == items.size()) {
            return ACTIONED;
        }
        if (actioned > 0) {
            return PARTLY_ACTIONED;
        }
        return notApplicable == items.size() ? NOT_APPLICABLE : NOT_ACTIONED;
    }
}
