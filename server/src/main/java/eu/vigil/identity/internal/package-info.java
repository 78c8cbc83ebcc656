/** Spring Security wiring: password login with lockout, bearer tokens, OAuth2 token endpoint, identity pages and API. */
package eu.vigil.identity.internal;
