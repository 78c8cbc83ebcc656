package eu.vigil.client;

import java.util.Set;

/**
 * The webhook event types Vigil sends (the {@code type} of the body and the {@code vigil-event} header), as
 * documented in {@code docs/api/webhooks.md}; the server's contract test fails when the two differ. Receivers
 * should ignore types they do not know: new ones may be added.
 */
public final class WebhookEventTypes {

    private WebhookEventTypes() {
    }

    // Orders
    /** A removal order was placed in the provider's inbox. */
    public static final String REMOVAL_ORDER_ISSUED = "removal_order.issued";
    /** The issuer clarified the order. */
    public static final String REMOVAL_ORDER_CLARIFIED = "removal_order.clarified";
    /** The deadline is near. */
    public static final String REMOVAL_ORDER_DEADLINE_WARNING = "removal_order.deadline_warning";
    /** The deadline passed without execution. */
    public static final String REMOVAL_ORDER_OVERDUE = "removal_order.overdue";
    /** The order ceased to have legal effect (e.g. after a scrutiny finding an infringement). */
    public static final String REMOVAL_ORDER_NO_LEGAL_EFFECT = "removal_order.no_legal_effect";
    /** The issuer withdrew the order. */
    public static final String REMOVAL_ORDER_WITHDRAWN = "removal_order.withdrawn";
    /** The issuer reissued the order, replacing an earlier one. */
    public static final String REMOVAL_ORDER_REISSUED = "removal_order.reissued";
    /** The issuer extended non-disclosure by a sealed amendment (Art. 11(3)). */
    public static final String REMOVAL_ORDER_NON_DISCLOSURE_EXTENDED = "removal_order.non_disclosure_extended";
    /** Non-disclosure ended (Art. 11(3)): inform the content provider now (Art. 11(1)). */
    public static final String REMOVAL_ORDER_NON_DISCLOSURE_ENDED = "removal_order.non_disclosure_ended";

    // Scrutiny (Art. 4)
    /** A scrutiny of a cross-border order started. */
    public static final String SCRUTINY_STARTED = "scrutiny.started";
    /** A party's own request joined the scrutiny already running. */
    public static final String SCRUTINY_REQUEST_JOINED = "scrutiny.request_joined";
    /** The host Member State decided the scrutiny. */
    public static final String SCRUTINY_DECIDED = "scrutiny.decided";

    // Exposure (Art. 5)
    /** The provider was decided to be, or not to be, exposed. */
    public static final String EXPOSURE_DECIDED = "exposure.decided";
    /** The provider is no longer exposed. */
    public static final String EXPOSURE_ENDED = "exposure.ended";
    /** A specific-measures report is overdue. */
    public static final String EXPOSURE_REPORT_OVERDUE = "exposure.report_overdue";

    // Penalties (Art. 18)
    /** Penalty proceedings were opened against the provider. */
    public static final String PENALTY_PROCEEDINGS_OPENED = "penalty.proceedings_opened";
    /** Penalty proceedings against the provider were decided. */
    public static final String PENALTY_DECIDED = "penalty.decided";

    // Crisis Protocol (sent to providers that opted in)
    /** A participant raised a crisis alert. */
    public static final String CRISIS_ALERT_RAISED = "crisis.alert_raised";
    /** The coordinator took up an alert for assessment. */
    public static final String CRISIS_ASSESSED = "crisis.assessed";
    /** The coordinator activated the Protocol: acknowledge it. */
    public static final String CRISIS_ACTIVATED = "crisis.activated";
    /** The response is winding down. */
    public static final String CRISIS_DE_ESCALATED = "crisis.de_escalated";
    /** The crisis is active again. */
    public static final String CRISIS_RE_ESCALATED = "crisis.re_escalated";
    /** The alert was dismissed without activation. */
    public static final String CRISIS_DISMISSED = "crisis.dismissed";
    /** The crisis was closed. */
    public static final String CRISIS_CLOSED = "crisis.closed";
    /** The post-crisis review was recorded. */
    public static final String CRISIS_REVIEWED = "crisis.reviewed";
    /** A participant posted a situation report. */
    public static final String CRISIS_SITUATION_REPORT = "crisis.situation_report";
    /** The crisis was linked to an external activation. */
    public static final String CRISIS_EXTERNAL_ACTIVATION_LINKED = "crisis.external_activation_linked";
    /** A removal order was issued under the crisis (or linked to it): it is on the board with its clock. */
    public static final String CRISIS_ORDER_LINKED = "crisis.order_linked";
    /** A threat-to-life report was linked to the crisis. */
    public static final String CRISIS_THREAT_REPORT_LINKED = "crisis.threat_report_linked";
    /** A contact-point drill: a test of the 24/7 crisis contact, not a crisis. Acknowledge it. */
    public static final String CRISIS_DRILL = "crisis.drill";
    /** The provider's acknowledgement of a drill was recorded. */
    public static final String CRISIS_DRILL_ACKNOWLEDGED = "crisis.drill_acknowledged";
    /** A drill closed. */
    public static final String CRISIS_DRILL_CLOSED = "crisis.drill_closed";
    /** Items were shared on the crisis hash list: follow the crisis bank's delta feed. */
    public static final String CRISIS_ITEMS_SHARED = "crisis.items_shared";
    /** A provider found an item of the crisis list on its service. */
    public static final String CRISIS_ITEM_FOUND = "crisis.item_found";
    /** A provider removed an item of the crisis list from its service. */
    public static final String CRISIS_ITEM_REMOVED = "crisis.item_removed";
    /** An item was withdrawn from the crisis list. */
    public static final String CRISIS_ITEM_WITHDRAWN = "crisis.item_withdrawn";

    /** Table-top exercise: an inject of the MSEL reached the provider (only on an exercise installation). */
    public static final String EXERCISE_INJECT_DELIVERED = "exercise.inject_delivered";

    /** A non-binding referral reached the provider (issue 14). */
    public static final String REFERRAL_RECEIVED = "referral.received";
    /** The provider answered for some items of a referral. */
    public static final String REFERRAL_ITEMS_ANSWERED = "referral.items_answered";
    /** The provider answered the last item of a referral. */
    public static final String REFERRAL_ANSWERED = "referral.answered";
    /** The sender withdrew a referral. */
    public static final String REFERRAL_WITHDRAWN = "referral.withdrawn";

    /** A non-binding DSA Art. 16 notice reached the provider; {@code prioritised} when from a trusted flagger (issue 14). */
    public static final String NOTICE_RECEIVED = "notice.received";
    /** Receipt of a notice was confirmed to the notifier (DSA Art. 16(4)). */
    public static final String NOTICE_ACKNOWLEDGED = "notice.acknowledged";
    /** The provider decided on items of a notice (DSA Art. 16(5)). */
    public static final String NOTICE_DECIDED = "notice.decided";

    /** Statements of reasons were stored by the DSA Transparency Database; their uuids are recorded (R47). */
    public static final String STATEMENT_OF_REASONS_SUBMITTED = "statement_of_reasons.submitted";
    /** The DSA Transparency Database refused statements of reasons for their fields: fix and review them (R47). */
    public static final String STATEMENT_OF_REASONS_REJECTED = "statement_of_reasons.rejected";

    // Transparency reports (TCO Art. 7, issue 15)
    /** From 1 February: the Art. 7 report for the previous year is not marked published yet. */
    public static final String TRANSPARENCY_REPORT_DUE = "transparency_report.due";
    /** From 1 March: the Art. 7 report for the previous year is overdue. */
    public static final String TRANSPARENCY_REPORT_OVERDUE = "transparency_report.overdue";

    /** Every type above. */
    public static final Set<String> ALL = Set.of(STATEMENT_OF_REASONS_SUBMITTED, STATEMENT_OF_REASONS_REJECTED, TRANSPARENCY_REPORT_DUE, TRANSPARENCY_REPORT_OVERDUE, NOTICE_RECEIVED, NOTICE_ACKNOWLEDGED, NOTICE_DECIDED, REFERRAL_RECEIVED, REFERRAL_ITEMS_ANSWERED, REFERRAL_ANSWERED,
            REFERRAL_WITHDRAWN, REMOVAL_ORDER_ISSUED, REMOVAL_ORDER_CLARIFIED,
            REMOVAL_ORDER_DEADLINE_WARNING, REMOVAL_ORDER_OVERDUE, REMOVAL_ORDER_NO_LEGAL_EFFECT, REMOVAL_ORDER_WITHDRAWN,
            REMOVAL_ORDER_REISSUED, REMOVAL_ORDER_NON_DISCLOSURE_EXTENDED, REMOVAL_ORDER_NON_DISCLOSURE_ENDED,
            SCRUTINY_STARTED, SCRUTINY_REQUEST_JOINED, SCRUTINY_DECIDED, EXPOSURE_DECIDED, EXPOSURE_ENDED,
            EXPOSURE_REPORT_OVERDUE, PENALTY_PROCEEDINGS_OPENED, PENALTY_DECIDED, CRISIS_ALERT_RAISED, CRISIS_ASSESSED,
            CRISIS_ACTIVATED, CRISIS_DE_ESCALATED, CRISIS_RE_ESCALATED, CRISIS_DISMISSED, CRISIS_CLOSED, CRISIS_REVIEWED,
            CRISIS_SITUATION_REPORT, CRISIS_EXTERNAL_ACTIVATION_LINKED, CRISIS_ORDER_LINKED, CRISIS_THREAT_REPORT_LINKED,
            CRISIS_DRILL, CRISIS_DRILL_ACKNOWLEDGED, CRISIS_DRILL_CLOSED, CRISIS_ITEMS_SHARED, CRISIS_ITEM_FOUND,
            CRISIS_ITEM_REMOVED, CRISIS_ITEM_WITHDRAWN, EXERCISE_INJECT_DELIVERED);
}
