package eu.vigil.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.inbox.InboxEntry;
import eu.vigil.inbox.InboxSource;
import eu.vigil.situation.ItemFact;
import eu.vigil.situation.SituationSource;

/**
 * Notices in the provider's one queue (non-binding, no due time; a trusted flagger's within its area of expertise is
 * flagged as priority and listed first, R56) and on the situational dashboards (one fact per item: an authority counts
 * its own Member State's notices, Europol and the Commission all, a provider those it received, a notifying body those
 * it sent).
 */
@Component
class NoticeQueue implements InboxSource, SituationSource {

    private final Notices notices;

    NoticeQueue(Notices notices) {
        this.notices = notices;
    }

    @Override
    public InboxEntry.Kind kind() {
        return InboxEntry.Kind.NOTICE;
    }

    /** Open notices of the provider: prioritised ones first, then newest first. */
    @Override
    public List<InboxEntry> openFor(Actor provider, int limit) {
        if (provider.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            return List.of();
        }
        return notices.openFor(provider.organisationId().value(), limit).stream().map(NoticeQueue::entry).toList();
    }

    static InboxEntry entry(Notice n) {
        return new InboxEntry(InboxEntry.Kind.NOTICE, n.id().value(), n.reference(), n.category().title(),
                n.senderName(), n.senderMemberState(), n.receivedAt(), null, n.prioritised(), n.openItems(),
                n.items().size(), n.state().name(), "/notices/" + n.id());
    }

    @Override
    public List<ItemFact> facts(Actor viewer, CrimeArea area, Instant from, Instant to) {
        UUID org = viewer.organisationId().value();
        return notices.receivedBetween(from, to).stream()
                .filter(n -> n.category().area() == area)
                .filter(n -> switch (viewer.kind()) {
                    case EUROPOL, COMMISSION -> true;
                    case HOSTING_SERVICE_PROVIDER -> n.providerId().equals(org);
                    case COMPETENT_AUTHORITY -> viewer.memberState() != null && viewer.memberState().equals(n.senderMemberState());
                    case NOTIFIER -> n.senderId().equals(org);
                    default -> false;
                })
                .flatMap(n -> n.items().stream().map(i -> new ItemFact(ItemFact.Kind.NOTICE, n.id().value(), n.reference(),
                        n.category(), n.senderMemberState(), n.senderName(), n.providerId(), n.providerName(), n.language(),
                        i.url(), null, n.receivedAt(), i.open() ? null : i.decision().decidedAt(), outcome(i))))
                .toList();
    }

    private static ItemFact.Outcome outcome(NoticeItem i) {
        if (i.open()) {
            return ItemFact.Outcome.OPEN;
        }
        return i.decision().measure().restricts() ? ItemFact.Outcome.ACTIONED : ItemFact.Outcome.NOT_ACTIONED;
    }
}
