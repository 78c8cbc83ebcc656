package eu.vigil.amplification.data;

import org.jspecify.annotations.Nullable;

/**
 * A measurement-phase impression, row of {@code impressions}.
 *
 * @param accountId the account that saw the item
 * @param sessionId the sampling session
 * @param step depth or sequence number, 0 or more
 * @param surface where it was shown, e.g. {@code home_feed}, {@code up_next}
 * @param position rank within the step, 1 or more
 * @param itemId the item shown
 * @param ts ISO-8601 instant; null if not recorded
 */
public record Impression(String accountId, String sessionId, int step, String surface, int position,
    String itemId, @Nullable String ts) {}
