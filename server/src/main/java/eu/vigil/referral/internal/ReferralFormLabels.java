package eu.vigil.referral.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the referral forms, so errors name the field people see. */
@Component
class ReferralFormLabels extends FieldLabels {

    ReferralFormLabels() {
        super("/referrals", "/referrals/*/release", "/referrals/action-days");
        field("providerId", "referral.provider");
        field("category", "referral.category");
        field("language", "referral.language");
        field("requestedResponseHours", "referral.requestedHours");
        field("note", "referral.note");
        field("items", "referral.items");
        field("termsClause", "referral.termsClause");
        field("justification", "referral.justification");
        field("name", "actionDay.name");
        field("file", "actionDay.file");
    }
}
