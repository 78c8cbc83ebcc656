/**
 * Identity and tenancy: organisations (competent authorities, hosting service providers, Europol, the
 * Commission, platform administrators), their users and machine credentials (API tokens, OAuth2 client
 * credentials, each owned by a person or a service identity) and invitations of first administrators. Every
 * request runs as an {@link eu.vigil.identity.Actor} bound to exactly one organisation; features scope their
 * queries by it (ADR 0018).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and tenancy")
package eu.vigil.identity;
