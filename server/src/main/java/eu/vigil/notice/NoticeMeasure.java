package eu.vigil.notice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the provider decided for one item of a notice (DSA Art. 16(5), Art. 17(1)(a)). */
public enum NoticeMeasure {
    /** The content was removed. */
    REMOVED,
    /** Access to the content was disabled. */
    DISABLED,
    /** The content's visibility was restricted (demoted). */
    RESTRICTED,
    /** No action: the provider found the content neither illegal nor against its terms; a reason is required. */
    NO_ACTION;

    /** Whether the provider restricted the content (and so owes a statement of reasons, Art. 17(1)). */
    public boolean restricts() {
        return this != NO_ACTION;
    }

    /** The measure named by {@code text}, case-insensitively. */
    public static Optional<NoticeMeasure> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(m -> m.name().equals(t)).findFirst();
    }
}
