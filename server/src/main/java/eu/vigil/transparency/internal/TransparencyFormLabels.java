package eu.vigil.transparency.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the fields the transparency pages and API take, for error messages that name them. */
@Component
class TransparencyFormLabels extends FieldLabels {

    TransparencyFormLabels() {
        super("/transparency/**", "/monitoring/**", "/monitoring", "/api/v1/transparency/**");
        field("from", "metrics.from");
        field("to", "metrics.to");
        field("provider", "metrics.provider");
        field("year", "art8.year");
        field("authority", "art8.authority");
        field("memberState", "monitoring.memberState");
        field("figure", "monitoring.figure");
    }
}
