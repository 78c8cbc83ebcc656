/** REST API and page of transparency reports. */
package eu.vigil.transparency.internal;
