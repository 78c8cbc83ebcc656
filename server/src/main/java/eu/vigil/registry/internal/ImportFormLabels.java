package eu.vigil.registry.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The label of the register import's file field (issue 12). */
@Component
class ImportFormLabels extends FieldLabels {

    ImportFormLabels() {
        super("/registry/import");
        field("file", "import.file");
    }
}
