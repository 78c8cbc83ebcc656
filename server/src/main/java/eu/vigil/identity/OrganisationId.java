package eu.vigil.identity;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of an organisation. For authorities and providers it equals their registry id. */
public record OrganisationId(@JsonValue UUID value) {

    public OrganisationId {
        if (value == null) {
            throw new IllegalArgumentException("organisation id must not be null");
        }
    }

    /** Parses the canonical UUID text. */
    public static OrganisationId parse(String text) {
        return new OrganisationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
