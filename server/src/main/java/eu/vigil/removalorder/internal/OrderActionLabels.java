package eu.vigil.removalorder.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/**
 * The labels of the fields of the forms on an order's page (answers, withdrawal, scrutiny, appeal, complaints),
 * by the address each form posts to (issue 12).
 */
@Component
class OrderActionLabels extends FieldLabels {

    OrderActionLabels() {
        super("/orders/*", "/orders/*/*", "/orders/*/*/**");
        field("position", "order.select", null);
        field("action", "order.action");
        field("actionAt", "order.actionAt");
        field("ceasedAt", "order.ceasedAt");
        field("occurrence", "time.occurrence", "actionAt-occurrence");
        field("authorisedPerson", "order.authorisedPerson");
        field("providerReference", "order.providerReference");
        field("clarification", "order.clarification");
        field("grounds", "order.withdrawalGrounds");
        field("notice", "scrutiny.notice");
        field("outcome", "scrutiny.decision", null);
        field("reasons", "scrutiny.reasons", "decision-reasons");
        field("court", "order.appealCourt");
        field("lodgedAt", "order.appealLodged");
        field("purpose", "order.purpose");
    }

    /** The Annex III form: its fields have their own ids. */
    @Component
    static class Impossibility extends FieldLabels {

        Impossibility() {
            super("/orders/*/impossibility");
            field("reason", "order.reason", "impossibility-reason");
            field("details", "order.details");
            field("clarificationRequired", "order.clarificationRequired");
            field("authorisedPerson", "order.authorisedPerson", "impossibility-person");
        }
    }

    /** A time given on the grounds-ceased form. */
    @Component
    static class GroundsCeased extends FieldLabels {

        GroundsCeased() {
            super("/orders/*/grounds-ceased");
            field("occurrence", "time.occurrence", "ceasedAt-occurrence");
        }
    }

    /** The reasons of a scrutiny request. */
    @Component
    static class ScrutinyRequest extends FieldLabels {

        ScrutinyRequest() {
            super("/orders/*/scrutiny-request", "/orders/*/scrutiny");
            field("reasons", "scrutiny.reasons", "scrutiny-reasons");
        }
    }

    /** A complaint's outcome, decided on the order page. */
    @Component
    static class ComplaintOutcome extends FieldLabels {

        ComplaintOutcome() {
            super("/orders/*/complaints/*/outcome");
            field("outcome", "order.outcome", "outcome-{id}");
            field("reasons", "scrutiny.reasons", "reasons-{id}");
            field("redressInformation", "order.redress", "redress-{id}");
        }
    }
}
