package eu.vigil.referral;

import java.util.UUID;

/** Identity of a {@link Referral}. */
public record ReferralId(UUID value) {

    public ReferralId {
        if (value == null) {
            throw new IllegalArgumentException("a referral id needs a value");
        }
    }

    /** A new random id. */
    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
