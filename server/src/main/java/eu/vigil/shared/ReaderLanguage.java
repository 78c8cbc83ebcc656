package eu.vigil.shared;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language a logged-in person chose for the pages (issue 12), which the identity module puts on the request as
 * {@link #ATTRIBUTE} before the handler runs; without one the pages follow the browser's Accept-Language, then
 * English.
 */
public final class ReaderLanguage {

    /** Request attribute holding the chosen {@link Locale}. */
    public static final String ATTRIBUTE = ReaderLanguage.class.getName();

    private ReaderLanguage() {
    }

    /** The language the request's reader chose, empty when none. */
    public static Optional<Locale> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Locale chosen ? Optional.of(chosen) : Optional.empty();
    }
}
