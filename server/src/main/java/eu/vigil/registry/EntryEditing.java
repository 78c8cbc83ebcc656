package eu.vigil.registry;

/**
 * Whether an actor may change a provider's register entry, and on which ground (R29). The provider's own
 * administrators keep their contact-point data; between onboarding and the acceptance of the first
 * administrator's invitation the provider has nobody who could, so the platform administration that keeps
 * the register may correct the entry it has just made — and only then. Pages and the use case ask the same
 * decision, so a page never offers an edit the use case refuses.
 */
public sealed interface EntryEditing {

    /** Why an edit is allowed. */
    enum Ground {
        /** An administrator of the provider itself. */
        OWN_ADMINISTRATOR,
        /** The platform administration, while the provider has no administrator of its own yet. */
        ONBOARDING
    }

    /** Why an edit is refused. */
    enum Refusal {
        /** The actor administers neither this provider nor the register. */
        NOT_ITS_ADMINISTRATOR,
        /** The provider has its own administrator, who alone keeps its entry from now on. */
        PROVIDER_HAS_ITS_OWN_ADMINISTRATOR
    }

    /** The edit may be made. */
    record Allowed(Ground ground) implements EntryEditing {
    }

    /** The edit may not be made. */
    record Refused(Refusal reason) implements EntryEditing {
    }

    /** Whether the edit may be made. */
    default boolean allowed() {
        return this instanceof Allowed;
    }

    /**
     * The decision.
     *
     * @param ownAdministrator         the actor is an ADMIN of the provider's own organisation
     * @param platformAdministrator    the actor is a platform administrator
     * @param providerHasAdministrator the provider's organisation has an enabled administrator
     */
    static EntryEditing decide(boolean ownAdministrator, boolean platformAdministrator,
            boolean providerHasAdministrator) {
        if (ownAdministrator) {
            return new Allowed(Ground.OWN_ADMINISTRATOR);
        }
        if (platformAdministrator) {
            return providerHasAdministrator ? new Refused(Refusal.PROVIDER_HAS_ITS_OWN_ADMINISTRATOR)
                    : new Allowed(Ground.ONBOARDING);
        }
        return new Refused(Refusal.NOT_ITS_ADMINISTRATOR);
    }
}
