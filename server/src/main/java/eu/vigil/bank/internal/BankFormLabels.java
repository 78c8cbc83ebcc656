package eu.vigil.bank.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the hash-bank forms, by the address each posts to (issue 12). */
@Component
class BankFormLabels extends FieldLabels {

    BankFormLabels() {
        super("/banks");
        field("name", "bank.name");
        field("purpose", "bank.purpose");
        field("signalTypes", "bank.signalTypes", "signalTypes");
        field("pdqThreshold", "bank.threshold");
        field("sharing", "bank.sharing");
    }

    /** Adding an entry to a bank. */
    @Component
    static class Entries extends FieldLabels {

        Entries() {
            super("/banks/*/entries", "/banks/search");
            field("signalType", "bank.signalType");
            field("value", "bank.value");
            field("labels", "bank.labels");
            field("source", "bank.source");
            field("sourceId", "bank.source", "source");
        }
    }

    /** Uploads: an image to test, a file to import. */
    @Component
    static class Uploads extends FieldLabels {

        Uploads() {
            super("/match-test", "/banks/*/import");
            field("image", "bank.match.image");
            field("file", "bank.import.file");
            field("signals", "bank.import.file", "file");
        }
    }
}
