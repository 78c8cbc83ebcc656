package eu.vigil.referral;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import eu.vigil.shared.Violations;

/**
 * The provider's answer for one item: {@link FeedbackOutcome#ACTIONED} with what it did (and, for a geo-block, the
 * Member States where access is disabled), {@link FeedbackOutcome#NOT_ACTIONED} with its reason, or
 * {@link FeedbackOutcome#NOT_APPLICABLE} (a reason is welcome but not needed).
 *
 * @param outcome      what the provider decided
 * @param action       how it actioned the item; only with {@code ACTIONED}
 * @param memberStates where access is disabled; only, and required, with {@code GEO_BLOCKED}
 * @param reason       why not actioned (required then), or a remark
 * @param answeredAt   when the provider answered
 * @param answeredBy   who answered
 */
public record ItemFeedback(FeedbackOutcome outcome, ReferralAction action, List<String> memberStates, String reason,
        Instant answeredAt, String answeredBy) {

    public ItemFeedback {
        memberStates = memberStates == null ? List.of() : List.copyOf(memberStates);
    }

    /** Whether the provider removed, restricted or geo-blocked the item. */
    public boolean actioned() {
        return outcome == FeedbackOutcome.ACTIONED;
    }

    /**
     * The feedback as the provider gives it, checked: field errors name {@code outcome}, {@code action},
     * {@code memberStates} and {@code reason} (under {@code prefix}, e.g. {@code items[3].}).
     *
     * @param memberState whether a code is an EU Member State's
     */
    public static ItemFeedback given(String prefix, String outcome, String action, List<String> memberStates,
            String reason, Predicate<String> memberState, Instant at, String by) {
        Violations v = new Violations();
        FeedbackOutcome o = parse(FeedbackOutcome.class, outcome);
        ReferralAction a = parse(ReferralAction.class, action);
        List<String> states = memberStates == null ? List.of() : memberStates.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.strip().toUpperCase(Locale.ROOT)).distinct().sorted().toList();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        v.check(o == null, prefix + "outcome", "ACTIONED, NOT_ACTIONED or NOT_APPLICABLE");
        if (o == FeedbackOutcome.ACTIONED) {
            v.check(a == null, prefix + "action", "REMOVED, RESTRICTED or GEO_BLOCKED");
            v.check(a == ReferralAction.GEO_BLOCKED && states.isEmpty(), prefix + "memberStates",
                    "name the Member States where access is disabled");
        } else if (o != null) {
            v.check(action != null && !action.isBlank(), prefix + "action", "only an actioned item has an action");
        }
        v.check(a != ReferralAction.GEO_BLOCKED && !states.isEmpty(), prefix + "memberStates",
                "only a geo-blocked item names Member States");
        v.check(states.stream().anyMatch(memberState.negate()), prefix + "memberStates", "EU Member State codes, e.g. DE");
        v.check(o == FeedbackOutcome.NOT_ACTIONED && why == null, prefix + "reason",
                "say why the item stays online");
        v.throwIfPresent();
        return new ItemFeedback(o, o == FeedbackOutcome.ACTIONED ? a : null, states, why, at, by);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
