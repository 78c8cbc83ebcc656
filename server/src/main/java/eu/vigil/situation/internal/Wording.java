package eu.vigil.situation.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The viewer's words for the dashboard's figures, charts and tables. Kept inside this module rather than taking the
 * page shell, so that the situation module does not depend on the web module, which depends on removal orders,
 * which feed this module.
 */
record Wording(MessageSource messages, Locale locale, ZoneId zone) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** An instant in the viewer's zone with its explicit UTC offset (R26), as the page shell writes it. */
    String time(Instant instant) {
        return instant == null ? "—" : STAMP.format(instant.atZone(zone));
    }

    /** A language's name in that language (its endonym), capitalised; the code if Java does not know it. */
    String languageName(String code) {
        Locale l = Locale.of(code);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }
}
