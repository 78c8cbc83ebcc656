package eu.vigil.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The one answer to "in which time zone does this request's reader read and type times" (issue 12), for the page
 * shell, the live stream and every page that reads a date or time typed into a form:
 * <ol>
 * <li>for a person logged in, the zone of their preferences, which the identity module puts on the request as
 * {@link #ATTRIBUTE}: the zone they chose, else the zone of their organisation's Member State;</li>
 * <li>else (before login, or for an organisation without a Member State) the zone the browser reports in the
 * {@code tz} cookie;</li>
 * <li>else UTC.</li>
 * </ol>
 * The browser's cookie never overrides a person's explicit choice nor their organisation's Member State: a BKA
 * officer travelling reads the order's times in German time unless they choose otherwise.
 */
public final class ReaderZone {

    /** Request attribute holding the logged-in person's zone ({@link ZoneId}), set before the handler runs. */
    public static final String ATTRIBUTE = ReaderZone.class.getName();

    private ReaderZone() {
    }

    /** The zone of the request's reader. */
    public static ZoneId of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ZoneId chosen) {
            return readable(chosen);
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("tz".equals(c.getName())) {
                    try {
                        return readable(ZoneId.of(java.net.URLDecoder.decode(c.getValue(),
                                java.nio.charset.StandardCharsets.UTF_8)));
                    } catch (DateTimeException | IllegalArgumentException e) {
                        return MemberStateZones.UTC;
                    }
                }
            }
        }
        return MemberStateZones.UTC;
    }

    /** UTC as "UTC" rather than the offset "Z", every other zone as it is. */
    /**
     * A {@code datetime-local} value the reader of the current request typed, read in the reader's zone (see
     * {@link #of}); null when empty (the service then takes now).
     *
     * @throws InvalidInput naming {@code field} when it is not a date and time, does not exist in that zone, or
     *                      occurs twice there (the autumn hour)
     */
    public static java.time.Instant typed(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var attributes = (org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        return WallClockTime.resolve(text, of(attributes.getRequest()), null, field);
    }

    private static ZoneId readable(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) || zone.getId().equals("Etc/UTC") ? MemberStateZones.UTC : zone;
    }
}
