package eu.vigil.situation.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the dashboards' period form and of their CSV's table parameter. */
@Component
class SituationFormLabels extends FieldLabels {

    SituationFormLabels() {
        super("/situation/**", "/api/v1/situation/**");
        field("from", "situation.from");
        field("to", "situation.to");
        field("table", "situation.csv");
    }
}
