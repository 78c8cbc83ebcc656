package eu.vigil.identity;

import java.util.UUID;

/** Identifier of a human user. */
public record UserId(UUID value) {

    public UserId {
        if (value == null) {
            throw new IllegalArgumentException("user id must not be null");
        }
    }
}
