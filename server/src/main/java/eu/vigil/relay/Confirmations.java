package eu.vigil.relay;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import eu.vigil.audit.AuditNames;

/**
 * The confirmation after an action (issue 12): every {@link PartyEvent} committed while a page request ran is
 * what that request did, so the page it leads to tells the actor in one sentence what was done, to whom and at
 * what local time ("Annex II on DE-BKA-2026-00005 sent to BKA at 04:51."). Because confirmations follow from the
 * committed events, no page can confirm a change that rolled back, and no use case needs to write one.
 *
 * <p>Changes are collected per request (a request attribute), so concurrent requests never see each other's;
 * events raised outside a request (sweeps, the outbox) are not collected.
 */
@Component
public class Confirmations {

    /** Name of the flash attribute that carries the sentences across a redirect ({@code List<String>}). */
    public static final String FLASH = "confirmations";

    private static final String ATTRIBUTE = Confirmations.class.getName();

    /** One committed change of the current request. */
    private record Done(String type, Object reference, Set<UUID> told, Instant at, String text) {
    }

    /** Beyond this many organisations told, the confirmation counts them instead of naming each. */
    static final int MOST_NAMED = 3;

    private final ChangeSentences sentences;
    private final AuditNames names;
    private final org.springframework.context.MessageSource messages;

    Confirmations(ChangeSentences sentences, java.util.Optional<AuditNames> names,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.sentences = sentences;
        this.names = names.orElse(AuditNames.NONE);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(PartyEvent event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        UUID own = event.actor() == null ? null : event.actor().organisationId();
        Set<UUID> told = new LinkedHashSet<>();
        event.recipients().stream().filter(Objects::nonNull).filter(r -> !r.equals(own)).forEach(told::add);
        pending(request, true).add(new Done(event.type(), ChangeSentences.reference(event), told, event.at(),
                event.text()));
    }

    /** Whether the current request has committed changes not yet told. */
    public boolean any() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && !pending(request, false).isEmpty();
    }

    /**
     * The sentences for the changes the current request committed, in {@code locale} and {@code zone}, each
     * once; the request's list is emptied.
     */
    public List<String> take(Locale locale, ZoneId zone) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return List.of();
        }
        List<Done> done = pending(request, false);
        if (done.isEmpty()) {
            return List.of();
        }
        Set<UUID> all = new LinkedHashSet<>();
        done.forEach(d -> all.addAll(d.told()));
        var named = names.organisations(all);
        List<String> out = new ArrayList<>();
        for (Done d : done) {
            List<String> names = d.told().stream().map(named::get).filter(Objects::nonNull).toList();
            String who = d.told().size() > MOST_NAMED
                    ? messages.getMessage("done.many", new Object[] {d.told().size()}, locale) : String.join(", ", names);
            String sentence = sentences.confirmed(d.type(), d.reference(), who, d.at(), d.text(), locale, zone);
            if (!out.contains(sentence)) {
                out.add(sentence);
            }
        }
        request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static List<Done> pending(RequestAttributes request, boolean create) {
        Object list = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (list == null) {
            if (!create) {
                return List.of();
            }
            list = new ArrayList<Done>();
            request.setAttribute(ATTRIBUTE, list, RequestAttributes.SCOPE_REQUEST);
        }
        return (List<Done>) list;
    }
}
