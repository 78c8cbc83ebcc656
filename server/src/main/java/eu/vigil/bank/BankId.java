package eu.vigil.bank;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a bank. */
public record BankId(@JsonValue UUID value) {

    public BankId {
        if (value == null) {
            throw new IllegalArgumentException("bank id must not be null");
        }
    }

    /** Parses the canonical UUID text; a malformed id is answered as "not found" by callers. */
    public static BankId parse(String text) {
        return new BankId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
