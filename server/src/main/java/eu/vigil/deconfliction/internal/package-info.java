/** REST API of investigation flags. */
package eu.vigil.deconfliction.internal;
