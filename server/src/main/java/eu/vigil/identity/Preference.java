package eu.vigil.identity;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person chose for the pages (issue 12): each part null when not chosen.
 *
 * @param language the pages' language, one of {@link Preferences#LANGUAGES}, or null to follow the browser
 * @param zone     the time zone times are shown and read in, or null for the organisation's Member State's
 */
public record Preference(String language, ZoneId zone) {

    /** Nothing chosen. */
    public static final Preference NONE = new Preference(null, null);

    /** The chosen language as a locale, empty when none. */
    public Optional<Locale> locale() {
        return Optional.ofNullable(language).map(Locale::of);
    }
}
