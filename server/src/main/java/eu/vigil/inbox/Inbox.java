package eu.vigil.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.ResultPage;

/**
 * The provider's one queue: what every {@link InboxSource} holds open for the reader's organisation, merged and put
 * in {@link QueueOrder}. Only staff of a hosting service provider have a queue. Each source is asked for at most
 * {@link #PER_KIND} open cases; the counts per kind say when a source holds more, so a reader is never told "that is
 * all" when it is not.
 */
@Service
public class Inbox {

    /** The most open cases of one kind the queue shows. */
    public static final int PER_KIND = 1000;

    /** One read of the queue. */
    public record Queue(Instant at, List<InboxEntry> entries, Map<InboxEntry.Kind, Integer> counts,
            Map<InboxEntry.Kind, Boolean> truncated) {

        /** One page of the entries, optionally of one kind only. */
        public ResultPage<InboxEntry> page(Optional<InboxEntry.Kind> kind, int page, int size) {
            ResultPage.checkRequest(page, size);
            return ResultPage.of(entries.stream().filter(e -> kind.isEmpty() || e.kind() == kind.get()).toList(),
                    page, size);
        }

        /** The rank of an entry in this read. */
        public QueueOrder.Rank rank(InboxEntry e) {
            return QueueOrder.rank(e, at);
        }
    }

    private final List<InboxSource> sources;
    private final Clock clock;

    Inbox(List<InboxSource> sources, Clock clock) {
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    /** Whether the actor has a queue at all. */
    public static boolean hasQueue(Actor actor) {
        return actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER;
    }

    /** The actor's queue now. */
    public Queue of(Actor actor) {
        if (!hasQueue(actor)) {
            throw new Forbidden("the inbox belongs to hosting service providers");
        }
        Instant now = clock.instant();
        List<InboxEntry> all = new ArrayList<>();
        Map<InboxEntry.Kind, Integer> counts = new EnumMap<>(InboxEntry.Kind.class);
        Map<InboxEntry.Kind, Boolean> truncated = new EnumMap<>(InboxEntry.Kind.class);
        for (InboxEntry.Kind kind : InboxEntry.Kind.values()) {
            counts.put(kind, 0);
            truncated.put(kind, false);
        }
        for (InboxSource source : sources) {
            List<InboxEntry> open = source.openFor(actor, PER_KIND + 1);
            boolean more = open.size() > PER_KIND;
            List<InboxEntry> shown = more ? open.subList(0, PER_KIND) : open;
            all.addAll(shown);
            counts.merge(source.kind(), shown.size(), Integer::sum);
            truncated.merge(source.kind(), more, Boolean::logicalOr);
        }
        all.sort(QueueOrder.at(now));
        return new Queue(now, List.copyOf(all), counts, truncated);
    }
}
