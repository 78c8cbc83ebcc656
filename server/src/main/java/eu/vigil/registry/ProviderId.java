package eu.vigil.registry;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a hosting service provider; its organisation in Vigil has the same id. */
public record ProviderId(@JsonValue UUID value) {

    public ProviderId {
        if (value == null) {
            throw new IllegalArgumentException("provider id must not be null");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
