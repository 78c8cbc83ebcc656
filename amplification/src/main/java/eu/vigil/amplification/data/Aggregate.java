package eu.vigil.amplification.data;

/**
 * Platform-side reach count for one content set and arm (Huszár style), row of {@code aggregates}.
 *
 * @param setId the content set, e.g. a party or outlet
 * @param arm the arm (e.g. {@code treat} for ranked, {@code chrono} for the control)
 * @param nUsers accounts in the arm
 * @param nReached accounts with at least one impression of the set in the window
 * @param window the observation window; must be the same for all arms of a set
 */
public record Aggregate(String setId, Arm arm, long nUsers, long nReached, String window) {}
