package eu.vigil.identity;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a human user. */
public record UserId(@JsonValue UUID value) {

    public UserId {
        if (value == null) {
            throw new IllegalArgumentException("user id must not be null");
        }
    }
}
