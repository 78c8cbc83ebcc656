/** API and pages of notices and of the trusted-flagger list. */
package eu.vigil.notice.internal;
