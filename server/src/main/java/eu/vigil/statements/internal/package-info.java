/** REST API and pages of statements of reasons. */
package eu.vigil.statements.internal;
