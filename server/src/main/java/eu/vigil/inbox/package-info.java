/**
 * The provider's one queue (issue 14): binding removal orders with their clock, non-binding referrals and DSA
 * notices, told apart and prioritised, on a page and at {@code GET /api/v1/inbox}. Each feature that sends
 * something to a provider contributes its open cases through {@link eu.vigil.inbox.InboxSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package eu.vigil.inbox;
