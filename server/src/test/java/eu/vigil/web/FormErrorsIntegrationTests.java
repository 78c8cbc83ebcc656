package eu.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.shared.FieldLabels;
import eu.vigil.testing.IntegrationTest;

/**
 * Issue 12, broken point 5: a refused form names its fields by their labels (never {@code providerId} or
 * {@code statementOfReasons}), puts each message at its field ({@code aria-invalid}, {@code aria-describedby}),
 * shows what was typed, and stays at the page's address.
 */
class FormErrorsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;

    @Autowired
    List<FieldLabels> tables;

    @Autowired
    MessageSource messages;

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theIssueFormNamesItsFieldsByLabelAndKeepsWhatWasTyped() {
        var org = OrderFixture.authority(authorities, organisations, "DE", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var t = withUserAndToken(org, "de.formerrors." + org.id().toString().substring(0, 8));
        var browser = http();
        browser.login(t.username(), PASSWORD);
        var r = browser.postForm("/orders/new", "/orders/new", "orderType=TCO_REMOVAL&providerId=&language=de"
                + "&urls=" + enc("not a url") + "&statementOfReasons=" + enc("too short")
                + "&representativeName=" + enc("Anna <Schmidt>") + "&representativePost=&redressBody=VG&redressDeadline=x"
                + "&nonDisclosure=true&shareWithEuropol=true");
        assertThat(r.status()).isEqualTo(200);
        String summary = between(r.body(), "class=\"flash bad error-summary\"", "</div>");
        assertThat(summary).contains("role=\"alert\"").contains("tabindex=\"-1\"").contains("id=\"form-errors\"")
                .contains("<a href=\"#providerId\">Addressee</a>")
                .contains("<a href=\"#statementOfReasons\">Statement of reasons</a>")
                .contains("<a href=\"#reasons\">")
                .contains("<a href=\"#urls\">URLs, entry 1</a>")
                .doesNotContain("providerId:").doesNotContain(">statementOfReasons<").doesNotContain("items[0]");
        assertThat(control(r.body(), "statementOfReasons")).contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"statementOfReasons-error\"");
        assertThat(r.body()).contains("<p class=\"error\" id=\"statementOfReasons-error\">");
        assertThat(control(r.body(), "providerId")).contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"providerId-error\"");
        assertThat(control(r.body(), "language")).doesNotContain("aria-invalid").contains("value=\"de\"");
        assertThat(r.body()).contains(">not a url</textarea>").contains(">too short</textarea>")
                .contains("value=\"Anna &lt;Schmidt");
        assertThat(control(r.body(), "nonDisclosure")).contains("checked");
        assertThat(control(r.body(), "shareWithEuropol")).contains("checked");
    }

    @Test
    void theProviderFormNamesTheRulesFieldsByLabelOnTheRowTheyWereTypedIn() {
        var hsp = provider("Form Errors Host", "FR", "fr");
        var browser = http();
        browser.login(hsp.username(), PASSWORD);
        String edit = "/registry/providers/" + hsp.id() + "/edit";
        var r = browser.postForm(edit, edit, "name=" + enc("Form Errors Host") + "&sizeClass=SMALL&offersServicesInEu=true"
                + "&mainEstablishment=FR&legalRepName=Rep&legalRepMemberState=XX&legalRepEmail=nobody"
                + "&channel=EMAIL&address=&languages=&channel=EMAIL&address=" + enc("ops@host.example")
                + "&languages=xx&channel=EMAIL&address=&languages=&effectiveFrom=&zone=UTC");
        assertThat(r.status()).isEqualTo(200);
        String summary = between(r.body(), "class=\"flash bad error-summary\"", "</div>");
        assertThat(summary).contains("<a href=\"#legalRepMemberState\">Member State of the legal representative</a>")
                .contains("<a href=\"#legalRepEmail\">E-mail of the legal representative</a>")
                .contains("<a href=\"#languages1\">Languages")
                .doesNotContain("legalRepresentative.").doesNotContain("contactPoints[");
        assertThat(control(r.body(), "languages1")).contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"languages1-error lang-help\"").contains("value=\"xx\"");
        assertThat(control(r.body(), "address1")).contains("value=\"ops@host.example\"").doesNotContain("aria-invalid");
        assertThat(control(r.body(), "legalRepEmail")).contains("value=\"nobody\"");
        assertThat(r.body()).contains("id=\"languages1-error\"");
    }

    @Test
    void aFormOnAnOrdersPageIsRefusedAtThePagesAddressWithWhatWasTyped() {
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "LU", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1))), "lu.formerrors." + java.util.UUID.randomUUID().toString().substring(0, 8));
        var hsp = provider("Form Errors Order Host", "LU", "fr");
        String order = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                java.util.UUID.fromString(hsp.id()), "fr", true)).json().get("order").get("id").asString();
        var page = http();
        page.login(issuer.username(), PASSWORD);
        var refused = page.postForm("/orders/" + order, "/orders/" + order + "/appeal", "court=&lodgedAt=2026-01-02T03:04");
        assertThat(refused.status()).as("post-redirect-get").isEqualTo(302);
        assertThat(refused.location()).endsWith("/orders/" + order);
        var shown = page.get("/orders/" + order).body();
        assertThat(between(shown, "class=\"flash bad error-summary\"", "</div>")).contains("<a href=\"#court\">");
        assertThat(control(shown, "court")).contains("aria-invalid=\"true\"");
        assertThat(control(shown, "lodgedAt")).contains("value=\"2026-01-02T03:04\"");
        assertThat(page.get("/orders/" + order).body()).as("shown once").doesNotContain("id=\"form-errors\"");
    }

    @Test
    void theErrorPageNamesFieldsByLabelToo() {
        var org = OrderFixture.authority(authorities, organisations, "DE", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var t = withUserAndToken(org, "de.errorpage." + org.id().toString().substring(0, 8));
        var browser = http();
        browser.login(t.username(), PASSWORD);
        var r = browser.postForm("/orders/new", "/orders/new", "statementOfReasons=" + "x".repeat(
                eu.vigil.shared.Limits.STATEMENT_OF_REASONS + 1));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("<strong>Statement of reasons</strong>: at most").doesNotContain("statementOfReasons:");
    }

    @Test
    void everyLabelOfEveryTableIsInEveryLanguage() {
        for (FieldLabels table : tables) {
            table.fields().forEach((name, field) -> {
                for (var locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH, java.util.Locale.GERMAN)) {
                    assertThat(messages.getMessage(field.labelKey(), null, null, locale))
                            .as(table.getClass().getSimpleName() + " " + name + " " + locale).isNotNull();
                }
            });
        }
    }

    /** The opening tag of the control with this id. */
    private static String control(String html, String id) {
        var m = java.util.regex.Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"" + java.util.regex.Pattern.quote(id)
                + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("control " + id).isTrue();
        return m.group();
    }

    private static String between(String html, String from, String to) {
        int a = html.indexOf(from);
        assertThat(a).as(from).isNotNegative();
        return html.substring(a, html.indexOf(to, a));
    }
}
