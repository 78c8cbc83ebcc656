package eu.vigil.web;

import java.util.List;

import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.MemberStateOverview;

/**
 * What the start page shows; which parts appear depends on the organisation kind.
 *
 * @param memberStates      every EU Member State with its authorities now
 * @param canIssue          number of Member States with a role-(a) authority
 * @param needVerification  number of Member States whose records are not all confirmed
 * @param providers         number of registered providers in force
 * @param withLegalRep      number of providers in the legal-representative overview
 * @param ownProvider       the actor's provider entry (providers only), else null
 * @param ownMemberState    the actor's Member State (authorities only), else null
 * @param organisations     number of organisations (platform admins only), else 0
 * @param openOrders        removal orders visible to the actor whose clock runs or is suspended
 * @param urgentOrders      of those, orders past the warning threshold or overdue
 * @param mostUrgent        the open orders whose clocks end first, most urgent first
 */
public record Dashboard(List<MemberStateOverview> memberStates, long canIssue, long needVerification, int providers,
        int withLegalRep, HostingServiceProvider ownProvider, MemberStateOverview ownMemberState, int organisations,
        long openOrders, long urgentOrders, List<eu.vigil.removalorder.RemovalOrder> mostUrgent) {
}
