package eu.vigil.removalorder;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a removal or disabling under specific measures (Art. 5). */
public record SpecificMeasureRemovalId(@JsonValue UUID value) {

    public SpecificMeasureRemovalId {
        if (value == null) {
            throw new IllegalArgumentException("specific-measure removal id must not be null");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
