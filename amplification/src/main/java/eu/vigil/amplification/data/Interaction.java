package eu.vigil.amplification.data;

import org.jspecify.annotations.Nullable;

/**
 * A training-phase interaction, row of {@code interactions}.
 *
 * @param accountId the account
 * @param itemId the item
 * @param action one of watch, like, follow, share, search
 * @param watchFraction fraction of the item watched, in [0, 1]; null if not applicable
 * @param ts ISO-8601 instant; null if not recorded
 */
public record Interaction(String accountId, String itemId, String action, @Nullable Double watchFraction,
    @Nullable String ts) {}
