package eu.vigil.crisis;

import java.util.Objects;
import java.util.UUID;

/** Identity of a crisis case. */
public record CrisisId(UUID value) {

    public CrisisId {
        Objects.requireNonNull(value, "crisis id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
