package eu.vigil.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import eu.vigil.identity.CurrentActor;
import eu.vigil.installation.InstallationClock;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** Adds the {@link Shell} to the model of every page controller. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    private final MessageSource messages;
    private final InstallationClock clock;

    ShellAdvice(MessageSource messages, InstallationClock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request, Locale locale) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Shell(CurrentActor.find().orElse(null), csrf, messages, locale, zone(request),
                request.getRequestURI(), clock.accelerated() ? clock.rate().realMinuteShownAs() : null);
    }

    /** The viewer's zone from the {@code tz} cookie the browser sets, else UTC. */
    private static ZoneId zone(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (c.getName().equals("tz")) {
                    try {
                        return ZoneId.of(java.net.URLDecoder.decode(c.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                    } catch (DateTimeException e) {
                        return ZoneOffset.UTC;
                    }
                }
            }
        }
        return ZoneOffset.UTC;
    }
}
