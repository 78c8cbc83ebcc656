/**
 * Hash banks (issue 5): organisations keep banks of PDQ, MD5, SHA-256 and URL signals with labels from the
 * shared taxonomy, share them (private, with named organisations, or published), import and export them in
 * bulk, replicate them through a delta feed, and match hashes or images against every bank they may read.
 * Suppression banks hold known false positives and cancel matches. Every change is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hash banks")
package eu.vigil.bank;
