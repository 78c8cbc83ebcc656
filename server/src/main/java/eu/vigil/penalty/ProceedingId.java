package eu.vigil.penalty;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a penalty proceeding. */
public record ProceedingId(@JsonValue UUID value) {

    public ProceedingId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
