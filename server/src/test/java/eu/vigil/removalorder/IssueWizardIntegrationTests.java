package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * The issuing wizard without JavaScript (issue 12, point 3): every step is a plain form post to {@code /orders/new};
 * the Art. 3(2) panel reports what the model says (missing, too recent, met, not a first order, not under the rule);
 * recording prior information keeps what was typed; the review stores nothing; only "Issue and seal" issues.
 */
class IssueWizardIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DataSource dataSource;

    private Tenant issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "wizard." + org.id().toString().substring(0, 8));
    }

    private Http browser(Tenant t) {
        Http browser = http();
        browser.login(t.username(), PASSWORD);
        return browser;
    }

    @Test
    void theStepsArePlainFormsAndOnlyTheConfirmedReviewIssues() {
        var issuer = issuer("DE");
        var hsp = provider("Wizard Plain Host", "DE", "de", "en");
        Http browser = browser(issuer);

        String details = browser.get("/orders/new?step=details&orderType=TCO_REMOVAL&providerId=" + hsp.id()).body();
        assertThat(details).contains("id=\"wizard-review\"").contains("data-status=\"MISSING\"")
                .contains("type=\"radio\" name=\"language\" value=\"de\"").contains("name=\"language\" value=\"en\"")
                .contains("id=\"emergency-section\"").doesNotContain("id=\"deadlineMinutes\"");

        // Without htmx, recording prior information comes back to step 2 with what was typed.
        var recorded = browser.postForm("/orders/new", "/orders/prior-information", "orderType=TCO_REMOVAL&providerId="
                + hsp.id() + "&statementOfReasons=" + enc("typed before recording") + "&language=en");
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(recorded.location()).endsWith("/orders/new");
        String back = browser.follow(recorded).body();
        assertThat(back).contains("data-status=\"TOO_RECENT\"").contains("id=\"prior-information-recorded\"")
                .contains(">typed before recording</textarea>").contains("value=\"en\" id=\"language-en\" checked");

        String order = "orderType=TCO_REMOVAL&providerId=" + hsp.id() + "&language=en&urls=" + enc("https://plain.example/1")
                + "&reasons=THREAT&statementOfReasons=" + enc("The post threatens an attack on the station tonight.")
                + "&representativeName=" + enc("Anna Schmidt") + "&representativePost=" + enc("Head of unit")
                + "&redressBody=" + enc("VG Wiesbaden") + "&redressDeadline=" + enc("one month")
                + "&emergency=true&emergencyJustification=" + enc("Attack announced for tonight")
                + "&deadlineMinutes=99&territorialScope=AT";
        var review = browser.postForm("/orders/new", "/orders/new", order + "&step=review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("id=\"annex-i\"").contains("https://plain.example/1")
                .contains("data-field=\"A.reference\"").contains("id=\"issue-order\"")
                .doesNotContain("name=\"deadlineMinutes\"").doesNotContain("name=\"territorialScope\" value=\"AT\"");
        assertThat(ordersTo(hsp)).as("the review stores nothing").isZero();

        var edit = browser.postForm("/orders/new", "/orders/new", order + "&step=edit");
        assertThat(edit.body()).contains("id=\"wizard-review\"").contains(">https://plain.example/1</textarea>");
        assertThat(ordersTo(hsp)).isZero();

        var issued = browser.postForm("/orders/new", "/orders/new", order + "&step=issue");
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        assertThat(browser.follow(issued).body()).contains("id=\"confirmation\"").contains("issued and sent to");
        assertThat(ordersTo(hsp)).isEqualTo(1);
        assertThat(new JdbcTemplate(dataSource).queryForObject("select territorial_scope is null or cardinality("
                + "territorial_scope) = 0 from removal_order where provider_id = ?::uuid", Boolean.class, hsp.id()))
                .as("fields of other types are not sealed").isTrue();
        assertThat(panel(browser, "TCO_REMOVAL", hsp)).contains("data-status=\"EARLIER_ORDER\"");
    }

    @Test
    void thePanelToldAsSoonAsTheAddresseeIsChosenIsTheModelsRule() {
        var issuer = issuer("FR");
        var hsp = provider("Wizard Panel Host", "FR", "fr");
        Http browser = browser(issuer);
        assertThat(panel(browser, "TCO_REMOVAL", hsp)).contains("data-status=\"MISSING\"")
                .contains("id=\"record-prior-information\"");
        assertThat(panel(browser, "DSA_ART9", hsp)).contains("data-status=\"NOT_REQUIRED\"");

        var recorded = http().bearer(issuer.token()).postJson("/api/v1/prior-information", java.util.Map.of("providerId", hsp.id()));
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(panel(browser, "TCO_REMOVAL", hsp)).contains("data-status=\"TOO_RECENT\"")
                .doesNotContain("id=\"record-prior-information\"");
        clock.advance(IssuingRemovalOrders.PRIOR_INFORMATION);
        assertThat(panel(browser, "TCO_REMOVAL", hsp)).contains("data-status=\"MET\"");
    }

    @Test
    void aProviderAndTypeMustBeChosenBeforeTheDetails() {
        var issuer = issuer("AT");
        Http browser = browser(issuer);
        var r = browser.postForm("/orders/new", "/orders/new", "step=details&orderType=TCO_REMOVAL&providerId=");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"wizard-next\"").contains("<a href=\"#providerId\">Addressee</a>")
                .doesNotContain("id=\"wizard-review\"");
    }

    private String panel(Http browser, String type, Tenant hsp) {
        return browser.get("/orders/new/prior-information?orderType=" + type + "&providerId=" + hsp.id()).body();
    }

    private int ordersTo(Tenant provider) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from removal_order where provider_id = ?::uuid",
                Integer.class, provider.id());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
