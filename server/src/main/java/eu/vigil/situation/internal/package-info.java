/** The situational dashboards' pages, CSV exports and API. */
package eu.vigil.situation.internal;
