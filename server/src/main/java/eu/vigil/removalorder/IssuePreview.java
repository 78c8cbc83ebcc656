package eu.vigil.removalorder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What issuing a request would give, before anything is stored: either the unsaved order with its Annex I as it
 * will be sealed, or the rule that would refuse it (issue 12, the issuing wizard's review step).
 */
public sealed interface IssuePreview {

    /**
     * The Annex I fields whose value only sealing gives (reference number, date and time, the order's own channel); a
     * preview shows them as to be assigned.
     */
    Set<String> SET_ON_SEALING = Set.of("A.reference", "A.issued_at", "E.date", "F.feedback_channel");

    /**
     * The request passes every rule checked at issuing except deconfliction, which is checked when it is issued.
     *
     * @param order the order as it would be stored, with a provisional id, reference and issue time
     */
    record Draft(RemovalOrder order) implements IssuePreview {

        /** The Annex I fields as they will be sealed; those in {@link #SET_ON_SEALING} are null here. */
        public Map<String, Object> annexOne() {
            Map<String, Object> fields = new LinkedHashMap<>(AnnexOne.fields(order));
            SET_ON_SEALING.forEach(k -> {
                if (fields.containsKey(k)) {
                    fields.put(k, null);
                }
            });
            return fields;
        }

        /**
         * The Annex I in the order's language exactly as the official form shows it, left empty where only sealing
         * gives the value (reference, issue, sending and receipt times, date, feedback channel).
         */
        public RenderedAnnex officialAnnexOne() {
            Map<String, Object> fields = new LinkedHashMap<>(AnnexOne.export(order));
            SET_ON_SEALING.forEach(k -> fields.put(k, null));
            fields.put("A.sent_at", null);
            fields.put("A.received_at", null);
            return AnnexRendering.render(AnnexForm.ANNEX_I, fields, order.language(),
                    AppealPeriod.zoneOf(order.issuingMemberState()));
        }
    }

    /**
     * A rule would refuse the request; nothing would be issued.
     *
     * @param refusal the refusal issuing would answer
     */
    record Refused(IssueOutcome.Refused refusal) implements IssuePreview {
    }
}
