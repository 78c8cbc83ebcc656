package eu.vigil.notice.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the notice and trusted-flagger forms, so errors name the field people see. */
@Component
class NoticeFormLabels extends FieldLabels {

    NoticeFormLabels() {
        super("/notices", "/notices/*/decision", "/trusted-flaggers");
        field("providerId", "notice.provider");
        field("category", "notice.category");
        field("explanation", "notice.explanation");
        field("language", "notice.language");
        field("notifierName", "notice.notifierName");
        field("notifierEmail", "notice.notifierEmail");
        field("anonymous", "notice.anonymous");
        field("goodFaith", "notice.goodFaith");
        field("items", "notice.items");
        field("measure", "notice.measure");
        field("reason", "notice.reason");
        field("ground", "notice.ground");
        field("groundText", "notice.groundText");
        field("contentTypes", "notice.contentTypes");
        field("contentDate", "notice.contentDate");
        field("file", "flagger.file");
    }
}
