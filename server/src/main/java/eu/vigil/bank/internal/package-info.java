/** REST API and pages of hash banks and of the match service. */
package eu.vigil.bank.internal;
