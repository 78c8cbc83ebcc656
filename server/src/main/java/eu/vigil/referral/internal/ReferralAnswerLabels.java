package eu.vigil.referral.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/**
 * The labels of the per-item answer forms on a referral's page. Each item has its own form; a refused answer's errors
 * are named {@code items[position - 1].outcome} so the summary says which item and links its control
 * ({@code outcome-<position - 1>}).
 */
@Component
class ReferralAnswerLabels extends FieldLabels {

    ReferralAnswerLabels() {
        super("/referrals/*/items/*/feedback");
        field("items[].outcome", "referral.outcome", "outcome-{i}");
        field("items[].action", "referral.action", "action-{i}");
        field("items[].memberStates", "referral.memberStates", "memberStates-{i}");
        field("items[].reason", "referral.reason", "reason-{i}");
    }
}
