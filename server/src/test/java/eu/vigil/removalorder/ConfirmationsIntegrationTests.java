package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Issue 12, point 2: every action ends with a confirmation that says what was done, to whom and at what local
 * time; it follows from the committed events, so a refused action confirms nothing. Notifications read as
 * sentences in the reader's language with local times, never the stored line with an ISO instant; a new order and
 * the copy of a cross-border order are events like every other transition.
 */
class ConfirmationsIntegrationTests extends IntegrationTest {

    private static final Pattern LOCAL_TIME = Pattern.compile("at \\d{2}:\\d{2}\\.");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    JdbcClient jdbc;

    private record Case(Tenant issuer, Tenant host, Tenant hsp, String id, String reference) {
    }

    /** An Estonian authority's order to a Bulgarian provider; Bulgaria's role-(b) authority receives the copy. */
    private Case crossBorder() {
        var since = clock.instant().minus(Duration.ofDays(1));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Tenant issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "EE",
                EnumSet.of(AuthorityRole.ISSUE), since), "ee.done." + tag);
        Tenant host = withUserAndToken(OrderFixture.authority(authorities, organisations, "BG",
                EnumSet.of(AuthorityRole.SCRUTINISE), since), "bg.done." + tag);
        Tenant hsp = provider("Plovdiv Confirm Host " + tag, "BG", "bg", "en");
        var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true, "https://plovdiv-" + tag + ".example/1"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Case(issuer, host, hsp, r.json().get("order").get("id").asString(),
                r.json().get("order").get("reference").asString());
    }

    private Http page(Tenant t) {
        Http page = http();
        page.login(t.username(), PASSWORD);
        return page;
    }

    private static String confirmation(String html) {
        int start = html.indexOf("class=\"confirmation\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</div>", start));
    }

    @Test
    void theOneWhoActsIsToldWhatWasDoneToWhomAndAtWhatLocalTimeOnce() {
        Case c = crossBorder();
        String order = "/orders/" + c.id();
        Http provider = page(c.hsp());

        var ack = provider.postForm(order, order + "/acknowledgement", "providerReference=PLV-7");
        assertThat(ack.status()).isEqualTo(302);
        String told = confirmation(provider.follow(ack).body());
        assertThat(told).contains("role=\"status\"")
                .contains("Receipt of " + c.reference() + " acknowledged to " + c.issuer().organisation().name());
        assertThat(LOCAL_TIME.matcher(told).find()).as(told).isTrue();
        assertThat(ISO_INSTANT.matcher(told).find()).as(told).isFalse();
        assertThat(confirmation(provider.get(order).body())).as("told once").isEmpty();

        var annexTwo = provider.postForm(order, order + "/feedback", "position=1&action=REMOVED");
        String sent = confirmation(provider.follow(annexTwo).body());
        assertThat(sent).contains("Annex II on " + c.reference() + " sent to " + c.issuer().organisation().name())
                .contains(c.reference() + " executed");
    }

    @Test
    void aRefusedActionConfirmsNothing() {
        Case c = crossBorder();
        String order = "/orders/" + c.id();
        Http provider = page(c.hsp());
        var refused = provider.postForm(order, order + "/impossibility", "details=");
        assertThat(refused.status()).isEqualTo(302);
        String body = provider.follow(refused).body();
        assertThat(body).contains("error-summary");
        assertThat(confirmation(body)).isEmpty();
    }

    @Test
    void theIssuerIsToldWhereTheOrderAndItsCopyWent() {
        Case c = crossBorder();
        Http issuer = page(c.issuer());
        // Withdrawing through the page: the issuer learns both parties were told.
        String order = "/orders/" + c.id();
        var withdrawn = issuer.postForm(order, order + "/withdrawal", "grounds=Duplicate+of+an+earlier+order");
        String told = confirmation(issuer.follow(withdrawn).body());
        assertThat(told).contains(c.reference() + " withdrawn").contains(c.hsp().organisation().name());
    }

    @Test
    void notificationsReadAsSentencesInTheReadersLanguageWithLocalTimes() {
        Case c = crossBorder();
        assertThat(jdbc.sql("select reference from notification where organisation_id = ?::uuid and kind = ?")
                .params(c.hsp().id(), "removal_order.issued").query(String.class).list()).containsExactly(c.reference());

        String start = page(c.hsp()).get("/").body();
        String list = start.substring(start.indexOf("id=\"notifications\""));
        assertThat(list).contains("New removal order " + c.reference() + " received at ");
        String shown = list.substring(0, list.indexOf("</ul>")).replaceAll("<[^>]*>", " ");
        assertThat(ISO_INSTANT.matcher(shown).find()).as("no ISO instant in what is shown: " + shown).isFalse();

        Http german = http().header("Accept-Language", "de-DE,de;q=0.9");
        german.login(c.hsp().username(), PASSWORD);
        assertThat(german.get("/").body()).contains("Neue Entfernungsanordnung " + c.reference() + " um ");

        // The host Member State's authority learns of the copy as an event of its own, with its 72-hour window.
        String recipient = http().bearer(c.issuer().token()).get("/api/v1/removal-orders/" + c.id()).json().get("order")
                .get("scrutinyCopy").get("authorityId").asString();
        assertThat(jdbc.sql("select count(*) from notification where organisation_id = ?::uuid and kind = ? and reference = ?")
                .params(recipient, "removal_order.copied_to_host", c.reference()).query(Integer.class).single()).isEqualTo(1);
        Tenant host = withUserAndToken(organisations.find(new eu.vigil.identity.OrganisationId(UUID.fromString(recipient)))
                .orElseThrow(), "bg.reader." + UUID.randomUUID().toString().substring(0, 8));
        assertThat(page(host).get("/").body())
                .contains("A copy of cross-border order " + c.reference() + " arrived for scrutiny at ");
    }
}
