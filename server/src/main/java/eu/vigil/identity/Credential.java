package eu.vigil.identity;

/** How an actor authenticated. */
public enum Credential {
    /** A person through the login form. */
    PASSWORD,
    /** A long-lived API token of an integration. */
    API_TOKEN,
    /** An OAuth2 client-credentials access token. */
    OAUTH_CLIENT
}
