/** REST API of threat-to-life reports. */
package eu.vigil.threat.internal;
