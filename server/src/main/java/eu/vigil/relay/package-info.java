/**
 * Relay: what happened reaches the parties it concerns. A feature's model raises a {@link eu.vigil.relay.PartyEvent}
 * with each transition, inside the transaction that made the change; the relay turns it, in that same transaction,
 * into one audit record, a notification for every recipient organisation and, for every recipient provider that has
 * configured a webhook, an outbox message. Use cases therefore cannot forget any of the three, and none of them
 * survives a rolled-back change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Relay")
package eu.vigil.relay;
