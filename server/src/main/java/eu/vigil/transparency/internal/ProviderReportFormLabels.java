package eu.vigil.transparency.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the Art. 7 report's forms (narrative and publication). */
@Component
class ProviderReportFormLabels extends FieldLabels {

    ProviderReportFormLabels() {
        super("/transparency/provider/*");
        field("identificationMeasures", "art7.a.label");
        field("reappearanceMeasures", "art7.b.label");
        field("publicUrl", "art7.publicUrl");
        field("year", "art8.year");
    }
}
