package eu.vigil.crisis;

import java.util.Optional;

/**
 * Where an item of the crisis hash list stands on one provider's service (R42): the provider that shared it
 * counts as {@link #REPORTED}; another provider marks it {@link #FOUND} when it finds the content on its service;
 * any provider marks it {@link #REMOVED} once the copies are gone. REMOVED is final. Only providers mark items, and
 * only for themselves; {@link #mark} answers whether a mark is allowed before anything is written.
 */
public enum ItemStatus {
    /** The provider shared the item (it saw the content on its service). */
    REPORTED,
    /** The provider found the content on its service. */
    FOUND,
    /** The provider removed the content from its service (final). */
    REMOVED;

    /** Why a mark is refused. */
    public enum Refusal {
        /** Only hosting service providers mark items for their service. */
        NOT_A_PROVIDER,
        /** REPORTED comes from sharing the item, it is not marked. */
        NOT_MARKABLE,
        /** The provider already reported or found the item. */
        ALREADY_FOUND,
        /** The provider already removed the item; REMOVED is final. */
        ALREADY_REMOVED
    }

    /** The answer to a mark: allowed, or refused with its reason. */
    public sealed interface Mark permits Allowed, Refused {
    }

    /** The mark is allowed; the provider's status becomes {@code to}. */
    public record Allowed(ItemStatus to) implements Mark {
    }

    /** The mark is refused for {@code reason}. */
    public record Refused(Refusal reason) implements Mark {
    }

    /**
     * Whether an organisation may move its own status of an item to {@code to}.
     *
     * @param provider whether the organisation is a hosting service provider
     * @param current  its status now: REPORTED if it shared the item, empty if it has not marked it
     * @param to       FOUND or REMOVED
     */
    public static Mark mark(boolean provider, Optional<ItemStatus> current, ItemStatus to) {
        if (!provider) {
            return new Refused(Refusal.NOT_A_PROVIDER);
        }
        if (to == REPORTED) {
            return new Refused(Refusal.NOT_MARKABLE);
        }
        if (current.filter(ItemStatus::isFinal).isPresent()) {
            return new Refused(Refusal.ALREADY_REMOVED);
        }
        if (to == FOUND && current.isPresent()) {
            return new Refused(Refusal.ALREADY_FOUND);
        }
        return new Allowed(to);
    }

    /** Whether nothing follows this status. */
    public boolean isFinal() {
        return this == REMOVED;
    }
}
