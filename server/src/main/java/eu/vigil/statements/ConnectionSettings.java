package eu.vigil.statements;

/**
 * What a provider's administrator sets to connect to the DSA Transparency Database.
 *
 * @param baseUrl the database's address ({@code https://…}; {@code http://} only for a sandbox or test server)
 * @param token   the API token the database issued (sent as {@code Authorization: Bearer <token>})
 */
public record ConnectionSettings(String baseUrl, String token) {

    @Override
    public String toString() {
        return "ConnectionSettings[baseUrl=" + baseUrl + ", token=…]";
    }
}
