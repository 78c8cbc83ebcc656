package eu.vigil.crisis.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the crisis forms (issue 13), so errors name the field as the page does. */
@Component
class CrisisFormLabels extends FieldLabels {

    CrisisFormLabels() {
        super("/crises", "/crises/**");
        field("title", "crisis.title.field");
        field("observation", "crisis.observation");
        field("step", "crisis.step");
        field("reason", "crisis.reason");
        field("text", "crisis.report");
        field("kind", "crisis.link.kind");
        field("externalId", "crisis.link.externalId");
        field("incidentType", "crisis.link.incidentType");
        field("contactName", "crisis.contact.name");
        field("contactEmail", "crisis.contact.email");
        field("contactPhone", "crisis.contact.phone");
        field("signalType", "crisis.items.signalType");
        field("value", "crisis.items.value");
        field("file", "crisis.items.file");
    }
}
