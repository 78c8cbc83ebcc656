package eu.vigil.removalorder;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a removal order. */
public record RemovalOrderId(@JsonValue UUID value) {

    public RemovalOrderId {
        if (value == null) {
            throw new IllegalArgumentException("removal order id must not be null");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
