package eu.vigil.crisis;

import java.time.Instant;

/**
 * An activation outside Vigil that a crisis case refers to (R42): a GIFCT incident (with its type and id), the
 * Christchurch Call's crisis protocol, or an early warning of the EU Online Crisis Response Framework.
 *
 * @param kind         which framework
 * @param externalId   its id there (e.g. the GIFCT incident number)
 * @param incidentType the framework's incident type (GIFCT: Content Incident, Content Incident Protocol), may be null
 * @param linkedAt     when it was linked
 * @param linkedBy     who linked it
 */
public record ExternalActivation(Kind kind, String externalId, String incidentType, Instant linkedAt, String linkedBy) {

    /** The frameworks a crisis may be linked to. */
    public enum Kind {
        /** GIFCT's Incident Response Framework: an incident declared to its members. */
        GIFCT_INCIDENT,
        /** The Christchurch Call Crisis Incident Protocol. */
        CHRISTCHURCH_CALL_PROTOCOL,
        /** An early warning of the EU Online Crisis Response Framework. */
        EU_OCRF_EARLY_WARNING
    }
}
