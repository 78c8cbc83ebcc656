/**
 * Referrals (R36, issue 14): Europol's EU IRU or a national internet-referral unit asks a hosting service provider to
 * consider content under its own terms of service. A referral is <b>not binding</b> and has no legal clock: it carries
 * the response time the sender requests and the one measured. The provider answers per item (actioned — removed,
 * restricted, geo-blocked —, not actioned with a reason, not applicable); the referral's outcome follows from its
 * items. Before a referral goes out its items are checked against investigation flags (a hit holds it until the
 * sender releases it with an audited override, R11) and against the open items of every sender's cases (a duplicate
 * warns and links the existing case, R37). A referral action day sends many referrals from one upload, each row with
 * its result.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package eu.vigil.referral;
