/** REST API and pages of transparency reports: the authority's Art. 8 report and the provider's Art. 7 report. */
package eu.vigil.transparency.internal;
