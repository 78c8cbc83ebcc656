package eu.vigil.threat.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the threat-to-life report form (issue 12). */
@Component
class ThreatFormLabels extends FieldLabels {

    ThreatFormLabels() {
        super("/threats");
        field("memberState", "threat.memberState");
        field("description", "threat.description");
        field("contentUrl", "form.url");
    }
}
