package eu.vigil.transparency;

import java.time.Instant;
import java.util.UUID;

/**
 * One record a {@link MonitoringFigure} counted.
 *
 * @param kind      kind of record: {@code ORDER}, {@code EXPOSURE_CASE}, {@code SPECIFIC_MEASURE_REMOVAL},
 *                  {@code PENALTY_PROCEEDING}
 * @param id        its id
 * @param reference what identifies it for a reader (order reference and item, provider, authority and legal basis)
 * @param at        the instant that placed it in the year
 * @param detail    what the figure looked at (status, outcome, sanction)
 * @param minutes   for speed: minutes from receipt to the time of action; null otherwise
 * @param href      the page of the record when the viewer may open it, else null
 */
public record MonitoringRecord(String kind, UUID id, String reference, Instant at, String detail, Double minutes,
        String href) {
}
