package eu.vigil.deconfliction.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the investigation-flag form (issue 12). */
@Component
class FlagFormLabels extends FieldLabels {

    FlagFormLabels() {
        super("/deconfliction");
        field("kind", "flags.kind");
        field("value", "flags.value");
        field("caseReference", "flags.caseReference");
        field("expiresOn", "flags.expiresOn");
        field("expiresAt", "flags.expiresOn", "expiresOn");
    }
}
