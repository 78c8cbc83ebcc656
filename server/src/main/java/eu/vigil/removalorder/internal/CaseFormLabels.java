package eu.vigil.removalorder.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/**
 * The labels of the forms on the exposure, specific-measure-removal and content-provider pages, by the address
 * each form posts to (issue 12).
 */
@Component
class CaseFormLabels extends FieldLabels {

    CaseFormLabels() {
        super("/exposure/*/decision");
        field("exposed", "exposure.decision", null);
        field("reasons", "exposure.reasons", "reasons-{id}");
    }

    /** A provider's report on the measures taken. */
    @Component
    static class Report extends FieldLabels {

        Report() {
            super("/exposure/*/reports");
            field("summary", "exposure.summary", "summary-{id}");
        }
    }

    /** A provider's request for review. */
    @Component
    static class ReviewRequest extends FieldLabels {

        ReviewRequest() {
            super("/exposure/*/review-request");
            field("reasons", "exposure.reasons", "review-reasons-{id}");
        }
    }

    /** Ending an exposure. */
    @Component
    static class End extends FieldLabels {

        End() {
            super("/exposure/*/end");
            field("reasons", "exposure.endReasons", "end-reasons-{id}");
        }
    }

    /** The outcome of a review. */
    @Component
    static class ReviewOutcome extends FieldLabels {

        ReviewOutcome() {
            super("/exposure/*/review-outcome");
            field("outcome", "exposure.reviewOutcome", "outcome-{id}");
            field("text", "exposure.reviewOutcome", "outcome-{id}");
        }
    }

    /** A removal under a specific measure. */
    @Component
    static class Removal extends FieldLabels {

        Removal() {
            super("/specific-measure-removals");
            field("url", "smr.url");
            field("action", "smr.action");
            field("actedAt", "smr.actedAt");
            field("specificMeasure", "smr.measure");
            field("exposureCase", "smr.exposureCase");
        }
    }

    /** A complaint about a removal under a specific measure. */
    @Component
    static class RemovalComplaint extends FieldLabels {

        RemovalComplaint() {
            super("/specific-measure-removals/*/complaints");
            field("complainantReference", "order.complainantReference", "ref-{id}");
            field("grounds", "order.grounds", "grounds-{id}");
            field("receivedAt", "smr.receivedAt", "received-{id}");
        }
    }

    /** Deciding such a complaint. */
    @Component
    static class RemovalComplaintOutcome extends FieldLabels {

        RemovalComplaintOutcome() {
            super("/specific-measure-removals/complaints/*/outcome");
            field("outcome", "order.outcome", "outcome-{id}");
            field("reasons", "scrutiny.reasons", "reasons-{id}");
            field("redressInformation", "order.redress", "redress-{id}");
        }
    }

    /** Informing the content provider (Art. 11). */
    @Component
    static class ContentProviderInformation extends FieldLabels {

        ContentProviderInformation() {
            super("/orders/*/content-provider-information");
            field("position", "cp.position", "cp-position");
            field("informedAt", "cp.informedAt", "cp-informedAt");
            field("channel", "cp.channel", "cp-channel");
            field("note", "cp.note", "cp-note");
        }
    }

    /** A content provider's request. */
    @Component
    static class ContentProviderRequest extends FieldLabels {

        ContentProviderRequest() {
            super("/orders/*/content-provider-requests");
            field("receivedAt", "cp.receivedAt", "cp-receivedAt");
            field("asked", "cp.asked", "cp-asked");
            field("details", "cp.details", "cp-details");
        }
    }

    /** Answering a content provider's request. */
    @Component
    static class ContentProviderAnswer extends FieldLabels {

        ContentProviderAnswer() {
            super("/orders/*/content-provider-requests/*/answer");
            field("answeredAt", "cp.answeredAt", "cp-answeredAt-{id}");
            field("note", "cp.note", "cp-answerNote-{id}");
        }
    }
}
