package eu.vigil.statements;

import java.time.Instant;

/**
 * A provider's connection to the DSA Transparency Database as it is shown back: the token itself never is.
 *
 * @param baseUrl     the database's address, e.g. {@code https://transparency.dsa.ec.europa.eu}
 * @param tokenSet    whether a token is set
 * @param tokenEnding the token's last four characters (empty for tokens shorter than 12 characters)
 * @param updatedAt   when it was last set
 * @param updatedBy   who set it
 */
public record TransparencyDatabaseConnection(String baseUrl, boolean tokenSet, String tokenEnding, Instant updatedAt,
        String updatedBy) {
}
