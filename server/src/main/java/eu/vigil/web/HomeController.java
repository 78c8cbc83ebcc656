package eu.vigil.web;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.MemberStateOverview;
import eu.vigil.registry.ProviderId;
import eu.vigil.registry.ProviderQuery;

/** Login page and the start page of each organisation kind. */
@Controller
class HomeController {

    private final CompetentAuthorities authorities;
    private final HostingServiceProviders providers;
    private final Organisations organisations;
    private final Clock clock;
    private final eu.vigil.removalorder.RemovalOrders orders;
    private final eu.vigil.notification.Notifications notifications;
    private final eu.vigil.removalorder.OrderInbox inbox;
    private final eu.vigil.relay.ChangeSentences sentences;

    HomeController(CompetentAuthorities authorities, HostingServiceProviders providers, Organisations organisations,
            Clock clock, eu.vigil.removalorder.RemovalOrders orders, eu.vigil.notification.Notifications notifications,
            eu.vigil.removalorder.OrderInbox inbox, eu.vigil.relay.ChangeSentences sentences) {
        this.inbox = inbox;
        this.sentences = sentences;
        this.authorities = authorities;
        this.providers = providers;
        this.organisations = organisations;
        this.clock = clock;
        this.orders = orders;
        this.notifications = notifications;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Model model) {
        String reason = error == null ? null : switch (error) {
            case "locked", "disabled" -> error;
            default -> "bad";
        };
        model.addAttribute("error", reason);
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    @GetMapping("/")
    String dashboard(Model model, java.util.Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        Instant now = clock.instant();
        var states = authorities.overview(now);
        var all = providers.search(ProviderQuery.all(), now);
        var own = actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER
                ? providers.current(new ProviderId(actor.organisationId().value())).orElse(null) : null;
        MemberStateOverview ownState = actor.kind() == OrganisationKind.COMPETENT_AUTHORITY && actor.memberState() != null
                ? authorities.overview(actor.memberState(), now).orElse(null) : null;
        var open = orders.visibleTo(actor).stream().filter(o -> o.state() == eu.vigil.removalorder.OrderState.OPEN
                || o.state() == eu.vigil.removalorder.OrderState.SUSPENDED).toList();
        long urgent = open.stream().filter(o -> o.deadline().map(d -> d.phaseAt(now) != eu.vigil.removalorder.Deadline.Phase.ON_TIME)
                .orElse(false)).count();
        model.addAttribute("dashboard", new Dashboard(states, states.stream().filter(MemberStateOverview::canIssue).count(),
                states.stream().filter(MemberStateOverview::needsVerification).count(), all.size(),
                providers.legalRepresentativeOverview(now).size(), own, ownState,
                actor.isPlatformAdmin() ? organisations.all().size() : 0, open.size(), urgent,
                mostUrgent(actor)));
        java.time.ZoneId zone = eu.vigil.shared.ReaderZone.of(request);
        model.addAttribute("notifications", notifications.of(actor, true).stream().limit(20)
                .map(n -> new NotificationLine(n, sentences.told(n.kind(), n.reference(), n.createdAt(), n.text(),
                        locale, zone)))
                .toList());
        return "dashboard";
    }

    /** The open orders whose clocks end first, for the start page (a provider's or authority's triage). */
    private java.util.List<eu.vigil.removalorder.RemovalOrder> mostUrgent(Actor actor) {
        var query = new eu.vigil.removalorder.OrderQuery(eu.vigil.removalorder.OrderQuery.Scope.ALL,
                new eu.vigil.removalorder.OrderQuery.Stage.Open(), null, null, null, null, java.time.ZoneOffset.UTC, null,
                eu.vigil.removalorder.OrderQuery.Sort.URGENCY, 0, MOST_URGENT);
        return inbox.list(actor, query).items();
    }

    /** How many open orders the start page lists. */
    static final int MOST_URGENT = 5;
}
