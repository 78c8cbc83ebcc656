package eu.vigil.bank;

import java.util.List;

import eu.vigil.shared.Limits;
import jakarta.validation.constraints.Size;

/**
 * An entry to add, as given by the caller (the value is canonicalised on insert).
 *
 * @param source   null for MANUAL
 * @param sourceId id of the order, referral or crisis; may be null
 */
public record NewEntry(@Size(max = 40, message = Limits.CHARS) String signalType, @Size(max = Limits.URL, message = Limits.CHARS) String value,
        @Size(max = Limits.LIST, message = Limits.COUNT) List<@Size(max = Limits.NAME, message = Limits.CHARS) String> labels, SourceKind source,
        @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String sourceId) {
}
