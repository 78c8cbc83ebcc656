package eu.vigil.relay;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * A change told as one sentence in the reader's language with the reader's local time, never an ISO instant
 * (issue 12): to the other side as {@code live.<type>} ("Annex II feedback on DE-BKA-2026-00005 received at
 * 04:51."), to the one who made it as {@code done.<type>} ("Annex II on DE-BKA-2026-00005 sent to BKA at
 * 04:51."). Live page updates, the start page's notifications and the confirmation after an action all read
 * their sentences here, so a change reads the same wherever it is shown.
 */
@Component
public class ChangeSentences {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    ChangeSentences(MessageSource messages) {
        this.messages = messages;
    }

    /** The local time of day a sentence gives for {@code at}. */
    public static String localTime(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone));
    }

    /**
     * The change as the other side learns it: {@code live.<type>} with the record's reference and the local
     * time; a type without a sentence gives the event's own line ({@code text}, English) with the local time.
     */
    public String told(String type, Object reference, Instant at, String text, Locale locale, ZoneId zone) {
        String time = localTime(at, zone);
        try {
            return messages.getMessage("live." + type, new Object[] {reference == null ? "" : reference, time}, locale);
        } catch (NoSuchMessageException e) {
            return messages.getMessage("live.other", new Object[] {text, time}, locale);
        }
    }

    /**
     * The change as the one who made it is told it: {@code done.<type>} with the reference, the organisations
     * told ({@code counterparts}, names joined) and the local time; a type without a confirmation sentence gives
     * {@link #told} prefixed with "Done:".
     */
    public String confirmed(String type, Object reference, String counterparts, Instant at, String text,
            Locale locale, ZoneId zone) {
        String time = localTime(at, zone);
        String who = counterparts == null || counterparts.isBlank()
                ? messages.getMessage("done.nobody", null, locale) : counterparts;
        try {
            return messages.getMessage("done." + type, new Object[] {reference == null ? "" : reference, who, time},
                    locale);
        } catch (NoSuchMessageException e) {
            return messages.getMessage("done.other", new Object[] {told(type, reference, at, text, locale, zone)},
                    locale);
        }
    }

    /** The reference an event names: from its details in clear, else from its data. */
    public static Object reference(PartyEvent event) {
        return reference(event.details(), event.data());
    }

    static Object reference(Map<String, ?> details, Map<String, ?> data) {
        Object fromDetails = details == null ? null : details.get("reference");
        return fromDetails != null ? fromDetails : data == null ? null : data.get("reference");
    }
}
