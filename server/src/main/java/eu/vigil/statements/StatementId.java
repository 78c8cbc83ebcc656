package eu.vigil.statements;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a {@link StatementOfReasons}. */
public record StatementId(@JsonValue UUID value) {

    public StatementId {
        if (value == null) {
            throw new IllegalArgumentException("statement id must not be null");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
