/** REST API of notifications. */
package eu.vigil.notification.internal;
