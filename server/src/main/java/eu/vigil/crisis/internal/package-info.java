/** HTTP adapters of the crisis module: the API and pages; nothing here holds a rule. */
package eu.vigil.crisis.internal;
