package eu.vigil.amplification.data;

import org.jspecify.annotations.Nullable;

/**
 * An audit account (sock puppet, bot or panel user), row of {@code accounts}.
 *
 * @param accountId pseudonymous identifier
 * @param platform platform identifier, e.g. {@code youtube}
 * @param market ISO 3166-1 alpha-2 code
 * @param language BCP 47 tag
 * @param arm experimental arm
 * @param persona persona name, e.g. {@code engaged_borderline_vrwe}
 * @param ideologySeed ideology the persona was trained on; null if none
 * @param loggedIn whether the account was logged in while the feed was sampled
 * @param pairId pair of a counterfactual design; null if unpaired
 * @param createdAt ISO-8601 date or instant; null if not recorded
 * @param protocolId audit protocol identifier; null if not recorded
 */
public record Account(String accountId, String platform, String market, String language, Arm arm,
    String persona, @Nullable String ideologySeed, boolean loggedIn, @Nullable String pairId,
    @Nullable String createdAt, @Nullable String protocolId) {}
