package eu.vigil.notice;

import java.util.UUID;

/** Identity of a {@link Notice}. */
public record NoticeId(UUID value) {

    public NoticeId {
        if (value == null) {
            throw new IllegalArgumentException("a notice id needs a value");
        }
    }

    /** A new random id. */
    public static NoticeId random() {
        return new NoticeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
