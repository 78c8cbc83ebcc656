/**
 * Reports of terrorist content involving an imminent threat to life (TCO Art. 14(5), DSA Art. 18): a
 * provider files one and Vigil routes it at once to the authorities of the Member State concerned, or, when
 * that Member State is unknown, to the Art. 12(2) contact point of the host Member State and to Europol, with
 * a delivery receipt per recipient (R30).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Threat-to-life reports")
package eu.vigil.threat;
