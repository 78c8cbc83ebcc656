package eu.vigil.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** The reader's time zone, from the {@code tz} cookie its browser sets; UTC when absent or unreadable. */
public final class ReaderZone {

    private ReaderZone() {
    }

    /** The zone of the request's reader. */
    public static ZoneId of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("tz".equals(c.getName())) {
                    try {
                        return ZoneId.of(java.net.URLDecoder.decode(c.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                    } catch (DateTimeException | IllegalArgumentException e) {
                        return ZoneOffset.UTC;
                    }
                }
            }
        }
        return ZoneOffset.UTC;
    }
}
