package eu.vigil.penalty.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the penalty forms: opening a proceeding, deciding it (issue 12). */
@Component
class PenaltyFormLabels extends FieldLabels {

    PenaltyFormLabels() {
        super("/penalties", "/penalties/*/decision");
        field("legalBasis", "penalty.legalBasis");
        field("facts", "penalty.facts");
        field("orderIds", "penalty.orderIds");
        field("sanction", "penalty.sanction", null);
        field("amountEur", "penalty.amountEur");
        field("description", "penalty.description");
        field("circumstances", "penalty.circumstances");
        field("decidedOn", "penalty.decidedOn");
    }
}
