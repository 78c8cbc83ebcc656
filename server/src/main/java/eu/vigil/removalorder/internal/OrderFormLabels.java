package eu.vigil.removalorder.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the issuing form's fields, so that its errors name them as the form does (issue 12). */
@Component
class OrderFormLabels extends FieldLabels {

    OrderFormLabels() {
        super("/orders/new", "/orders/prior-information", "/orders/*/reissue");
        field("orderType", "order.type");
        field("deadlineMinutes", "orders.deadlineMinutes");
        field("territorialScope", "orders.territorialScope");
        field("providerId", "order.addressee");
        field("language", "order.language");
        field("urls", "orders.urls");
        field("items", "orders.urls", "urls");
        field("reasons", "orders.reasons");
        field("statementOfReasons", "order.statement");
        field("nonDisclosure", "orders.nonDisclosure");
        field("nonDisclosureUntil", "orders.nonDisclosureUntil");
        field("shareWithEuropol", "orders.shareWithEuropol");
        field("representativeName", "orders.representativeName");
        field("representativePost", "orders.representativePost");
        field("fileNumber", "orders.fileNumber");
        field("redressBody", "orders.redressBody");
        field("redressDeadline", "orders.redressDeadline");
        field("appealPeriodDays", "orders.appealPeriodDays");
        field("appealPeriodMonths", "orders.appealPeriodMonths");
        field("emergency", "orders.emergency");
        field("emergencyJustification", "orders.emergencyJustification");
        field("deconflictionOverride", "orders.deconflictionOverride");
        field("idempotencyKey", "orders.issueAndSend", "issue-order");
    }
}
