package eu.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.IssueOutcome;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Issue 12, point 7: the audit view tells records as sentences with links, filters them by person, organisation,
 * object and period, exports the filtered list as CSV, and still shows each organisation only its own records.
 */
class AuditViewIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    IssuingRemovalOrders issuing;

    private record Issued(Tenant issuer, Tenant provider, String id, String reference) {
    }

    private Issued issue(String ms) {
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, ms,
                EnumSet.of(AuthorityRole.ISSUE), clock.instant().minus(Duration.ofDays(1))),
                "audit." + UUID.randomUUID().toString().substring(0, 8));
        var hsp = provider("Kestrel Video", ms, "en", "de", "fr", "nl");
        var order = ((IssueOutcome.Issued) issuing.issue(issuer.admin(),
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true))).order();
        return new Issued(issuer, hsp, order.id().toString(), order.reference());
    }

    private Http as(String username, String password) {
        Http page = http();
        assertThat(page.login(username, password)).isEqualTo("/");
        return page;
    }

    @Test
    void anIssuedOrderIsToldAsASentenceWithALinkAndFoundByEachFilter() {
        Issued o = issue("DE");
        Http page = as(o.issuer().username(), PASSWORD);
        String sentence = "User " + o.issuer().username() + " (" + o.issuer().organisation().name() + ") issued ";

        String byObject = page.get("/audit?object=" + o.reference()).body();
        assertThat(byObject).contains(sentence)
                .contains("<a href=\"/orders/" + o.id() + "\" class=\"audit-object\">" + o.reference() + "</a>")
                .contains(" to " + o.provider().organisation().name() + ".")
                .contains("value=\"" + o.reference() + "\"");
        assertThat(page.get("/audit?object=" + o.id() + "&type=removal_order").body()).contains(sentence);

        assertThat(page.get("/audit?actor=User+" + o.issuer().username() + "&action=removal_order.issued").body())
                .as("found by the person's display name").contains(o.reference());
        assertThat(page.get("/audit?actor=nobody-" + UUID.randomUUID() + "&object=" + o.reference()).body())
                .contains("id=\"audit-none\"").doesNotContain(sentence);
        assertThat(page.get("/audit?type=bank&object=" + o.reference()).body()).contains("id=\"audit-none\"");

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThat(page.get("/audit?object=" + o.reference() + "&from=" + today + "&to=" + today).body())
                .contains(sentence);
        String later = page.get("/audit?object=" + o.reference() + "&from=" + today.plusDays(1)).body();
        assertThat(later).contains("id=\"audit-none\"").contains("value=\"" + today.plusDays(1) + "\"");
        assertThat(page.get("/audit?object=" + o.reference() + "&to=" + today.minusDays(1)).body())
                .contains("id=\"audit-none\"");
        assertThat(byObject).as("the export link keeps the filters")
                .contains("href=\"/audit.csv?object=" + o.reference() + "\"");
    }

    @Test
    void theExportHoldsTheFilteredRecordsWithTheirSentencesAndRawFields() {
        Issued o = issue("AT");
        Http page = as(o.issuer().username(), PASSWORD);

        var csv = page.get("/audit.csv?object=" + o.reference());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("seq,occurred_at,local_time,sentence,actor,organisation,object_kind,object,")
                .contains("action,subject_type,subject_id", "details", "record_hash");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        String issued = java.util.Arrays.stream(lines).filter(l -> l.contains(",removal_order.issued,")).findFirst()
                .orElseThrow();
        assertThat(issued).contains("User " + o.issuer().username() + " (" + o.issuer().organisation().name()
                        + ") issued " + o.reference() + " to " + o.provider().organisation().name() + ".")
                .contains("/orders/" + o.id(), ",removal_order," + o.id() + ",")
                .as("local time in the issuer's Member State's zone, its default (issue 12 point 5)")
                .contains(java.time.format.DateTimeFormatter.ofPattern("xxx")
                        .format(clock.instant().atZone(java.time.ZoneId.of("Europe/Vienna"))));
        assertThat(page.get("/audit.csv?object=" + o.reference() + "&action=bank.").body().split("\r\n"))
                .as("only the header when nothing matches").hasSize(1);
    }

    @Test
    void anotherOrganisationSeesNoneOfTheseRecordsWhateverItFilters() {
        Issued o = issue("NL");
        var other = withUserAndToken(OrderFixture.authority(authorities, organisations, "SI",
                EnumSet.of(AuthorityRole.ISSUE), clock.instant().minus(Duration.ofDays(1))),
                "audit.other." + UUID.randomUUID().toString().substring(0, 8));
        Http page = as(other.username(), PASSWORD);

        for (String query : new String[] {"object=" + o.reference(), "object=" + o.id(),
                "organisation=" + o.issuer().id(), "actor=" + o.issuer().username(),
                "organisation=" + o.issuer().id() + "&object=" + o.reference()}) {
            String html = page.get("/audit?" + query).body();
            assertThat(html).as(query).doesNotContain(o.reference() + "</a>")
                    .doesNotContain(o.issuer().organisation().name());
            assertThat(page.get("/audit.csv?" + query).body().split("\r\n")).as("export " + query).hasSize(1);
        }
        assertThat(page.get("/audit").body()).as("non-administrators get no organisation filter")
                .doesNotContain("id=\"organisation\"");

        Http admin = as("admin", "test-admin-password");
        String all = admin.get("/audit?organisation=" + o.issuer().id() + "&object=" + o.reference()).body();
        assertThat(all).as("the platform administrator sees every organisation's records").contains(o.reference())
                .contains("id=\"organisation\"");
        assertThat(admin.get("/audit?organisation=" + other.id() + "&object=" + o.reference()).body())
                .contains("id=\"audit-none\"");
    }

    @Test
    void theOrderPageTellsItsHistoryFromTheSameRecords() {
        Issued o = issue("LU");
        String history = between(as(o.provider().username(), PASSWORD).get("/orders/" + o.id()).body(),
                "id=\"order-history\"", "</ol>");
        assertThat(history).contains("User " + o.issuer().username() + " (" + o.issuer().organisation().name()
                + ") issued <strong class=\"audit-object\">" + o.reference() + "</strong> to "
                + o.provider().organisation().name() + ".");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }
}
