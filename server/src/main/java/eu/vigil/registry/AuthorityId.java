package eu.vigil.registry;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a competent authority; its organisation in Vigil has the same id. */
public record AuthorityId(@JsonValue UUID value) {

    public AuthorityId {
        if (value == null) {
            throw new IllegalArgumentException("authority id must not be null");
        }
    }
}
