/** The provider queue's page and API. */
package eu.vigil.inbox.internal;
