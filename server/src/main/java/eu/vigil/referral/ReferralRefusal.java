package eu.vigil.referral;

import eu.vigil.shared.RuleViolation;

/** Why a step on a referral is refused; the code is the problem's {@code reason}. */
public enum ReferralRefusal {
    /** Only the provider the referral was sent to answers it. */
    NOT_ADDRESSEE("Only the provider the referral was sent to answers it."),
    /** Only the sending organisation releases or withdraws it. */
    NOT_SENDER("Only the organisation that sent the referral releases or withdraws it."),
    /** The referral is held, answered or withdrawn: it takes no answers. */
    NOT_WITH_PROVIDER("The referral is not with the provider: it takes no answers."),
    /** The item was answered before; an answer is final. */
    ALREADY_ANSWERED("The item was answered already; an answer is final."),
    /** No item at that position. */
    NO_SUCH_ITEM("The referral has no item at that position."),
    /** Only a held referral is released. */
    NOT_HELD("The referral is not held: there is nothing to release."),
    /** An answered or withdrawn referral cannot be withdrawn. */
    NOT_OPEN("The referral is answered or withdrawn already."),
    /** A release over a live investigation flag needs the override's justification. */
    JUSTIFICATION_REQUIRED("An item is still under investigation: give the justification of the override.");

    private final String message;

    ReferralRefusal(String message) {
        this.message = message;
    }

    /** The sentence people read. */
    public String message() {
        return message;
    }

    /** The refusal as the exception the API and pages turn into a problem. */
    public RuleViolation violation() {
        return new RuleViolation(name(), message);
    }
}
