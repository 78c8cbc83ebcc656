/**
 * Deconfliction (TCO Art. 14(1), R11): authorities and Europol flag URLs and hashes that are under
 * investigation; before an order is issued its items are checked against the flags of other organisations,
 * and a hit holds the order until the issuer overrides it with a recorded justification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deconfliction")
package eu.vigil.deconfliction;
