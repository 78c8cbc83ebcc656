/** REST API for providers' webhook endpoints and their outbox. */
package eu.vigil.delivery.internal;
