/** REST API and pages of removal orders. */
package eu.vigil.removalorder.internal;
