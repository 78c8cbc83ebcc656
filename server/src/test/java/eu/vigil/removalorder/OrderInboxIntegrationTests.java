package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * The order lists people triage from (issue 12): most urgent first, filters and search that only narrow what
 * the reader may see (R34), paging in the database, "my orders" and "copies to scrutinise".
 */
class OrderInboxIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    OrderInbox inbox;

    private static OrderQuery query(String scope, String state, String search, String sort) {
        return OrderQuery.of(scope, state, null, null, null, null, ZoneOffset.UTC, search, sort, 0);
    }

    private static List<String> references(eu.vigil.shared.ResultPage<RemovalOrder> page) {
        return page.items().stream().map(RemovalOrder::reference).toList();
    }

    private String issue(Tenant issuer, Tenant hsp, String url) {
        var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "lv", true, url));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("reference").asString();
    }

    @Test
    void theProvidersInboxPutsTheClockThatEndsFirstOnTopAndFiltersWithinWhatItMaySee() {
        var since = clock.instant().minus(Duration.ofDays(1));
        var org = OrderFixture.authority(authorities, organisations, "LV", EnumSet.of(AuthorityRole.ISSUE), since);
        Tenant issuer = withUserAndToken(org, "lv.inbox." + org.id().toString().substring(0, 8));
        Tenant hsp = provider("Riga Inbox Host", "LV", "lv", "en");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = issue(issuer, hsp, "https://riga-" + tag + ".example/first");
        clock.advance(Duration.ofMinutes(10));
        String second = issue(issuer, hsp, "https://riga-" + tag + ".example/second");
        clock.advance(Duration.ofMinutes(10));
        String third = issue(issuer, hsp, "https://riga-" + tag + ".example/third_100");

        var reader = hsp.admin();
        assertThat(references(inbox.list(reader, query(null, null, null, null)))).containsExactly(first, second, third);
        assertThat(references(inbox.list(reader, query(null, null, null, "newest")))).containsExactly(third, second, first);

        // The second order is executed: closed orders go below the open ones.
        String secondId = inbox.list(reader, query(null, null, "/second", null)).items().getFirst().id().toString();
        var done = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + secondId + "/feedback",
                Map.of("items", List.of(Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().toString()))));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(references(inbox.list(reader, query(null, null, null, null)))).containsExactly(first, third, second);
        assertThat(references(inbox.list(reader, query(null, "open", null, null)))).containsExactly(first, third);
        assertThat(references(inbox.list(reader, query(null, "closed", null, null)))).containsExactly(second);
        assertThat(references(inbox.list(reader, query(null, "EXECUTED", null, null)))).containsExactly(second);

        // Search: reference, URL; LIKE wildcards are taken literally.
        assertThat(references(inbox.list(reader, query(null, null, third, null)))).containsExactly(third);
        assertThat(references(inbox.list(reader, query(null, null, "_", null)))).containsExactly(third);
        assertThat(references(inbox.list(reader, query(null, null, "%", null)))).isEmpty();
        assertThat(references(inbox.list(reader, query(null, null, "Test authority", null)))).hasSize(3);

        // Issuer and days of issue, in the reader's zone.
        var byIssuer = OrderQuery.of(null, null, null, org.id().toString(), null, null, ZoneOffset.UTC, null, null, 0);
        assertThat(inbox.list(reader, byIssuer).total()).isEqualTo(3);
        assertThat(inbox.issuers(reader)).extracting(OrderInbox.Issuer::id).containsExactly(org.id().value());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var tomorrow = OrderQuery.of(null, null, null, null, today.plusDays(1), null, ZoneOffset.UTC, null, null, 0);
        assertThat(inbox.list(reader, tomorrow).total()).isZero();
        var aroundToday = OrderQuery.of(null, null, null, null, today.minusDays(1), today.plusDays(1), ZoneOffset.UTC,
                null, null, 0);
        assertThat(inbox.list(reader, aroundToday).total()).isEqualTo(3);
        var farZone = OrderQuery.of(null, null, null, null, today.minusDays(2), today.minusDays(2),
                ZoneId.of("Pacific/Kiritimati"), null, null, 0);
        assertThat(inbox.list(reader, farZone).total()).isZero();

        // Pages are cut in the database.
        var paged = new OrderQuery(OrderQuery.Scope.ALL, new OrderQuery.Stage.Any(), null, null, null, null,
                ZoneOffset.UTC, null, OrderQuery.Sort.URGENCY, 1, 2);
        var secondPage = inbox.list(reader, paged);
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(references(secondPage)).containsExactly(second);

        // Another provider sees none of it, whatever it searches.
        Tenant other = provider("Other Inbox Host", "LV", "lv");
        assertThat(inbox.list(other.admin(), query(null, null, tag, null)).total()).isZero();
        assertThat(inbox.issuers(other.admin())).isEmpty();
    }

    @Test
    void anAuthorityListsItsOwnOrdersAndTheCopiesItHasToScrutiniseWithTheWindowThatEndsFirst() {
        var since = clock.instant().minus(Duration.ofDays(1));
        Tenant issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "LU",
                EnumSet.of(AuthorityRole.ISSUE), since), "lu.inbox." + UUID.randomUUID().toString().substring(0, 8));
        Tenant host = withUserAndToken(OrderFixture.authority(authorities, organisations, "SK",
                EnumSet.of(AuthorityRole.SCRUTINISE), since), "sk.inbox." + UUID.randomUUID().toString().substring(0, 8));
        Tenant hsp = provider("Kosice Inbox Host", "SK", "sk", "en");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var early = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true, "https://kosice-" + tag + ".example/1"));
        clock.advance(Duration.ofMinutes(5));
        var late = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true, "https://kosice-" + tag + ".example/2"));
        String earlyRef = early.json().get("order").get("reference").asString();
        String lateRef = late.json().get("order").get("reference").asString();

        var copies = inbox.list(host.admin(), query("copies", null, tag, null));
        assertThat(references(copies)).containsExactly(earlyRef, lateRef);
        assertThat(copies.items()).allSatisfy(o -> assertThat(o.scrutinyCopy()).isPresent());
        assertThat(inbox.list(host.admin(), query("mine", null, tag, null)).total()).as("the host issued none").isZero();
        assertThat(references(inbox.list(issuer.admin(), query("mine", null, tag, "newest")))).containsExactly(lateRef, earlyRef);
        assertThat(inbox.list(issuer.admin(), query("copies", null, tag, null)).total())
                .as("no copy of its own orders comes back to the issuing Member State").isZero();
    }

    @Test
    void theListPageKeepsItsFiltersInTheAddressAndRefusesUnknownValuesByLabel() {
        Tenant hsp = provider("Paged Inbox Host", "LV", "lv");
        Http page = http();
        assertThat(page.login(hsp.username(), PASSWORD)).isEqualTo("/");
        var filtered = page.get("/orders?state=open&sort=newest&q=nothing-" + UUID.randomUUID());
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body()).contains("No order matches these filters.", "value=\"open\" selected");
        var refused = page.get("/orders?state=FROZEN");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"filter-error\"", "State: choose a state from the list");
        assertThat(page.get("/orders?page=0").body()).contains("Page: pages are counted from 1");
    }
}
