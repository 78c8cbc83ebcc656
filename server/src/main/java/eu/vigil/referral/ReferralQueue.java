package eu.vigil.referral;

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
 * Referrals in the provider's one queue (non-binding, due at the requested response time) and on the situational
 * dashboards (one fact per item: an authority counts its own Member State's referrals, Europol and the Commission all,
 * a provider those it received).
 */
@Component
class ReferralQueue implements InboxSource, SituationSource {

    private final ReferralLedger ledger;
    private final Referrals referrals;

    ReferralQueue(ReferralLedger ledger, Referrals referrals) {
        this.ledger = ledger;
        this.referrals = referrals;
    }

    @Override
    public InboxEntry.Kind kind() {
        return InboxEntry.Kind.REFERRAL;
    }

    @Override
    public List<InboxEntry> openFor(Actor provider, int limit) {
        if (provider.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            return List.of();
        }
        return ledger.where("r.provider_id = ? and r.state = 'SENT'", List.of(provider.organisationId().value()), limit)
                .stream().map(ReferralQueue::entry).toList();
    }

    static InboxEntry entry(Referral r) {
        return new InboxEntry(InboxEntry.Kind.REFERRAL, r.id().value(), r.reference(), r.category().title(),
                r.senderName(), r.senderMemberState(), r.sentAt(), r.respondBy().orElse(null), false, r.openItems(),
                r.items().size(), r.state().name(), "/referrals/" + r.id());
    }

    @Override
    public List<ItemFact> facts(Actor viewer, CrimeArea area, Instant from, Instant to) {
        UUID org = viewer.organisationId().value();
        return referrals.sentBetween(from, to).stream()
                .filter(r -> r.category().area() == area)
                .filter(r -> switch (viewer.kind()) {
                    case EUROPOL, COMMISSION -> true;
                    case HOSTING_SERVICE_PROVIDER -> r.providerId().equals(org);
                    case COMPETENT_AUTHORITY -> viewer.memberState() != null && viewer.memberState().equals(r.senderMemberState());
                    default -> false;
                })
                .flatMap(r -> r.items().stream().map(i -> new ItemFact(ItemFact.Kind.REFERRAL, r.id().value(), r.reference(),
                        r.category(), r.senderMemberState(), r.senderName(), r.providerId(), r.providerName(), r.language(),
                        i.url(), i.account(), r.sentAt(), i.open() ? null : i.feedback().answeredAt(), outcome(i))))
                .toList();
    }

    private static ItemFact.Outcome outcome(ReferralItem i) {
        if (i.open()) {
            return ItemFact.Outcome.OPEN;
        }
        return switch (i.feedback().outcome()) {
            case ACTIONED -> ItemFact.Outcome.ACTIONED;
            case NOT_ACTIONED -> ItemFact.Outcome.NOT_ACTIONED;
            case NOT_APPLICABLE -> ItemFact.Outcome.NOT_APPLICABLE;
        };
    }
}
