package eu.vigil.inbox;

import java.util.List;

import eu.vigil.identity.Actor;

/**
 * A feature that sends cases to providers (orders, referrals, notices) tells the inbox which of them are still
 * open for the actor's provider. Implementations are Spring beans of their own feature; the inbox orders and
 * labels what they return.
 */
public interface InboxSource {

    /** The kind of case this source contributes. */
    InboxEntry.Kind kind();

    /**
     * Open cases addressed to the actor's organisation (a hosting service provider), newest first, at most
     * {@code limit}; empty for any other kind of organisation.
     */
    List<InboxEntry> openFor(Actor provider, int limit);
}
