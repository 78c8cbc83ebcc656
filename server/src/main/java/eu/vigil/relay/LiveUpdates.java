package eu.vigil.relay;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import eu.vigil.identity.Actor;
import eu.vigil.shared.CanonicalJson;

/**
 * Live page updates: once the change behind a {@link PartyEvent} is committed, every open page of the
 * organisations it concerns receives it as a server-sent event, with one sentence in the reader's language and
 * local time; the page then refreshes what it shows of that record (issue 12). Nothing is sent for a change that
 * rolled back, and nothing here is a record: a page that was closed learns the change from its notifications.
 *
 * <p><b>Concurrency guarantee.</b> Publishing never waits for a browser. Each open page has a bounded queue of
 * {@link #QUEUE} changes drained by a virtual thread of its own, the only thread that writes to that browser.
 * When a page does not keep up, its waiting changes are dropped for one {@code resync} event, upon which the page
 * reloads what it shows; so a slow or hostile reader costs at most its own queue, and never slows the relay, the
 * transaction that made the change, or any other reader. A user holds at most
 * {@link #PER_USER} streams; a stream ends after {@link #LIFETIME} so that a disabled user or an ended session
 * stops receiving within that time (the browser reconnects through the normal session check).
 */
@Component
public class LiveUpdates implements org.springframework.beans.factory.DisposableBean {

    /** Changes a page may have waiting before it is disconnected. */
    public static final int QUEUE = 64;
    /** Open streams per user (tabs and windows). */
    public static final int PER_USER = 8;
    /** How long one stream lasts before the browser reconnects. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Quiet time after which a comment keeps the connection open through proxies. */
    static final Duration HEARTBEAT = Duration.ofSeconds(20);

    /** Stands in the queue for the changes a page missed because it did not keep up. */
    private static final Change RESYNC = new Change("resync", "", "", Instant.EPOCH, "", null);

    /** One change as a page receives it. */
    record Change(String type, String subjectType, String subjectId, Instant at, String text, Object reference) {
    }

    private final class Reader {
        final UUID organisation;
        final UUID user;
        final Locale locale;
        final ZoneId zone;
        final SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        final BlockingQueue<Change> queue = new ArrayBlockingQueue<>(QUEUE);
        volatile boolean open = true;

        Reader(Actor actor, Locale locale, ZoneId zone) {
            this.organisation = actor.organisationId().value();
            this.user = actor.id();
            this.locale = locale;
            this.zone = zone;
        }

        void pump() {
            try {
                emitter.send(SseEmitter.event().comment("connected"));
                while (open) {
                    Change change = queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                    if (change == null) {
                        emitter.send(SseEmitter.event().comment("heartbeat"));
                    } else if (change == RESYNC) {
                        emitter.send(SseEmitter.event().name("resync").data("{}", MediaType.TEXT_PLAIN));
                    } else {
                        emitter.send(SseEmitter.event().name("change").data(json(change), MediaType.TEXT_PLAIN));
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // The browser went away; nothing to tell anyone.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                close();
            }
        }

        void close() {
            if (open) {
                open = false;
                readers.getOrDefault(organisation, Set.of()).remove(this);
                try {
                    emitter.complete();
                } catch (IllegalStateException e) {
                    // already completed
                }
            }
        }

        String json(Change change) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", change.type());
            body.put("subjectType", change.subjectType());
            body.put("subjectId", change.subjectId());
            body.put("at", change.at().toString());
            body.put("localTime", ChangeSentences.localTime(change.at(), zone));
            body.put("sentence", sentence(change, locale, zone));
            return CanonicalJson.write(body);
        }
    }

    private final Map<UUID, Set<Reader>> readers = new ConcurrentHashMap<>();
    private final ChangeSentences sentences;

    LiveUpdates(ChangeSentences sentences) {
        this.sentences = sentences;
    }

    /**
     * Opens a stream of the changes concerning the actor's organisation, told in {@code locale} and
     * {@code zone}; refused (empty) once the user holds {@link #PER_USER} streams.
     */
    public java.util.Optional<SseEmitter> subscribe(Actor actor, Locale locale, ZoneId zone) {
        Set<Reader> mine = readers.computeIfAbsent(actor.organisationId().value(), k -> ConcurrentHashMap.newKeySet());
        if (mine.stream().filter(r -> r.user.equals(actor.id())).count() >= PER_USER) {
            return java.util.Optional.empty();
        }
        Reader reader = new Reader(actor, locale, zone);
        mine.add(reader);
        reader.emitter.onCompletion(reader::close);
        reader.emitter.onTimeout(reader::close);
        reader.emitter.onError(e -> reader.close());
        Thread.ofVirtual().name("live-" + reader.organisation).start(reader::pump);
        return java.util.Optional.of(reader.emitter);
    }

    /**
     * Ends every stream as soon as the installation begins to stop — before the web server's graceful shutdown
     * waits for open requests — so no open page holds the shutdown.
     */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void stopping() {
        destroy();
    }

    @Override
    public void destroy() {
        readers.values().forEach(set -> List.copyOf(set).forEach(Reader::close));
    }

    /** Number of open streams of an organisation (for tests and metrics). */
    public int streams(UUID organisation) {
        return readers.getOrDefault(organisation, Set.of()).size();
    }

    /** The longest queue of changes waiting for any page of the organisation (never above {@link #QUEUE}). */
    int backlog(UUID organisation) {
        return readers.getOrDefault(organisation, Set.of()).stream().mapToInt(r -> r.queue.size()).max().orElse(0);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(PartyEvent event) {
        offer(new Change(event.type(), event.subjectType(), event.subjectId(), event.at(), event.text(),
                ChangeSentences.reference(event)), event.recipients());
    }

    /**
     * Tells the open pages of {@code organisations} of a committed change they follow through another record (a
     * crisis board that lists an order, issue 13), as {@code live.<type>} with {@code reference}. Only a live update:
     * no audit record, no notification, no webhook; call it once the change is committed.
     */
    public void echo(String type, String subjectType, String subjectId, Instant at, Object reference, String text,
            java.util.Collection<UUID> organisations) {
        offer(new Change(type, subjectType, subjectId, at, text, reference), organisations);
    }

    private void offer(Change change, java.util.Collection<UUID> organisations) {
        organisations.stream().filter(Objects::nonNull).distinct().forEach(org -> {
            for (Reader reader : readers.getOrDefault(org, Set.of())) {
                if (!reader.queue.offer(change)) {
                    reader.queue.clear();
                    reader.queue.offer(RESYNC);
                }
            }
        });
    }

    /** The change told in the reader's language and local time (see {@link ChangeSentences#told}). */
    String sentence(Change change, Locale locale, ZoneId zone) {
        return sentences.told(change.type(), change.reference(), change.at(), change.text(), locale, zone);
    }
}
