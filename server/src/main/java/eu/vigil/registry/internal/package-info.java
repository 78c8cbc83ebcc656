/** Web pages and REST endpoints of the registry. */
package eu.vigil.registry.internal;
