package eu.vigil.registry.internal;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Invitation;
import eu.vigil.identity.Invitations;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.Users;
import eu.vigil.registry.ProviderId;

/**
 * How a provider gets its logins, as its register page shows it: the platform administration sees whether the
 * provider has an administrator yet and invites the first one from the page (ADR 0018); the provider's own
 * administrator is pointed to the account page, where it manages its users.
 */
@Component
public class ProviderLogins {

    /**
     * What the provider page shows about logins.
     *
     * @param onboarding       the reader is the platform administration (sees the onboarding state)
     * @param ownAdministrator the reader administers this provider (manages its users on the account page)
     * @param hasAdministrator the provider has an enabled administrator
     * @param pending          the newest open invitation, or null
     */
    public record Status(boolean onboarding, boolean ownAdministrator, boolean hasAdministrator, Invitation pending) {

        /** Whether the page offers to invite the first administrator. */
        public boolean canInvite() {
            return onboarding && !hasAdministrator;
        }
    }

    private final Invitations invitations;
    private final Users users;

    ProviderLogins(Invitations invitations, Users users) {
        this.invitations = invitations;
        this.users = users;
    }

    Status of(Actor actor, ProviderId provider) {
        OrganisationId organisation = new OrganisationId(provider.value());
        boolean own = actor.administers(organisation);
        if (!actor.isPlatformAdmin() && !own) {
            return new Status(false, false, false, null);
        }
        return new Status(actor.isPlatformAdmin(), own, users.hasAdministrator(organisation),
                invitations.pending(actor, organisation).orElse(null));
    }

    /** Invites the provider's first administrator and answers the absolute link to hand over. */
    String invite(Actor actor, ProviderId provider) {
        Invitations.Issued issued = invitations.invite(actor, new OrganisationId(provider.value()));
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(issued.path()).toUriString();
    }
}
