package eu.vigil.removalorder.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.OrderInbox;
import eu.vigil.removalorder.OrderQuery;
import eu.vigil.removalorder.OrderTypes;
import eu.vigil.removalorder.SealCheck;
import eu.vigil.shared.InvalidInput;

/**
 * The order list as people triage it (issue 12): a provider's inbox with the most urgent order first, an
 * authority's own orders and the copies it has to scrutinise; filters, search, sort and page live in the
 * query string, so the list can be reloaded, bookmarked and shared.
 */
@Controller
public class OrderListPages {

    private final OrderInbox inbox;
    private final OrderTypes types;
    private final SealCheck seals;
    private final IssuingRemovalOrders issuing;
    private final Clock clock;

    OrderListPages(OrderInbox inbox, OrderTypes types, SealCheck seals, IssuingRemovalOrders issuing, Clock clock) {
        this.inbox = inbox;
        this.types = types;
        this.seals = seals;
        this.issuing = issuing;
        this.clock = clock;
    }

    /**
     * The list. A refused filter value shows the list unfiltered with the error at the filter. {@code from} and
     * {@code to} are days in the reader's time zone ({@link eu.vigil.shared.ReaderZone}), the one the page's
     * times are shown in and its hint names.
     */
    @GetMapping("/orders")
    String list(@RequestParam(required = false) String scope, @RequestParam(required = false) String state,
            @RequestParam(required = false) String type, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, jakarta.servlet.http.HttpServletRequest request, Model model) {
        Actor actor = CurrentActor.get();
        Instant now = clock.instant();
        ZoneId reader = eu.vigil.shared.ReaderZone.of(request);
        OrderQuery query;
        List<InvalidInput.FieldError> errors = List.of();
        try {
            query = OrderQuery.of(scope, state, type, issuer, from, to, reader, q, sort, page == null ? 0 : page - 1);
        } catch (InvalidInput e) {
            errors = e.errors();
            query = OrderQuery.of(scope == null || !List.of("all", "mine", "copies").contains(scope) ? null : scope,
                    null, null, null, null, null, reader, null, null, 0);
        }
        var result = inbox.list(actor, query);
        boolean provider = actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER;
        model.addAttribute("views", result.items().stream()
                .map(o -> OrderView.of(o, now, seals.intact(o), List.of()))
                .filter(v -> !provider || v.sealValid()).toList());
        model.addAttribute("result", result);
        model.addAttribute("query", query);
        model.addAttribute("filters", new OrderFilters(query, q, state, type, issuer, from, to, sort));
        model.addAttribute("errors", errors);
        model.addAttribute("types", types.all());
        model.addAttribute("issuers", inbox.issuers(actor));
        model.addAttribute("authority", actor.kind() == OrganisationKind.COMPETENT_AUTHORITY);
        model.addAttribute("canIssue", issuing.issuingAuthorityOf(actor, now).isPresent());
        model.addAttribute("now", now);
        return "orders/list";
    }

    /**
     * The filters as the form shows them again, and the links that keep them (tabs, sort, pages).
     *
     * @param query the query in force
     */
    public record OrderFilters(OrderQuery query, String q, String state, String type, String issuer, LocalDate from,
            LocalDate to, String sort) {

        /** The address of this list with one parameter changed (null removes it); the page starts again. */
        public String with(String name, String value) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/orders");
            put(b, "scope", query.scopeCode().equals("all") ? null : query.scopeCode());
            put(b, "state", state);
            put(b, "type", type);
            put(b, "issuer", issuer);
            put(b, "from", from == null ? null : from.toString());
            put(b, "to", to == null ? null : to.toString());
            put(b, "q", q);
            put(b, "sort", sort);
            b.replaceQueryParam(name);
            if (value != null && !value.isBlank()) {
                b.queryParam(name, value);
            }
            if (!name.equals("page")) {
                b.replaceQueryParam("page");
            }
            return b.encode().build().toUriString();
        }

        /** The address of another page of the same list (pages counted from 1). */
        public String page(int number) {
            return with("page", String.valueOf(number));
        }

        private static void put(UriComponentsBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.queryParam(name, value);
            }
        }
    }
}
