package eu.vigil.bank;

import java.util.List;

/**
 * An entry to add, as given by the caller (the value is canonicalised on insert).
 *
 * @param source   null for MANUAL
 * @param sourceId id of the order, referral or crisis; may be null
 */
public record NewEntry(String signalType, String value, List<String> labels, SourceKind source, String sourceId) {
}
