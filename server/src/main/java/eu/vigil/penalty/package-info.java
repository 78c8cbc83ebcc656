/**
 * Penalties under TCO Art. 18: the role-(d) authority (Art. 12(1)(d)) of a provider's host Member State records
 * penalty proceedings for a breach of an Art. 18(1) obligation and decides them once; the provider sees its own
 * proceedings and is told of opening and decision. A systematic-failure indicator per provider (Art. 18(3)) is
 * computed from the deadline history of its removal orders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Penalties")
package eu.vigil.penalty;
