/**
 * Notifications: what an organisation must know now (a new order, a deadline warning or overdue state, a
 * scrutiny outcome, a final order, an exposure task). Written in the same transaction as the event, shown on
 * the dashboard and available through the API; read receipts are kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package eu.vigil.notification;
