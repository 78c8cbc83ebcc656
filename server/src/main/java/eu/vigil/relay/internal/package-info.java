/** The listener that relays party events to the audit log, notifications and webhooks. */
package eu.vigil.relay.internal;
