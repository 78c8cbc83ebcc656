/** The referrals' API and pages. */
package eu.vigil.referral.internal;
