package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.IssueOutcome;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.removalorder.RemovalOrder;

/**
 * Headless Chromium, issue 12 point 4: from the order page, the provider opens Annex I as a page; it is the official
 * form in the order's language (French here), section by section, as the PDF says it.
 */
class AnnexBrowserTests extends BrowserTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    IssuingRemovalOrders issuing;

    @Test
    void theProviderReadsAnnexIAsAPageInTheOrdersLanguage() throws Exception {
        var issuer = withUserAndToken(OrderFixture.authorityWithDetails(authorities, organisations, "FR",
                EnumSet.of(AuthorityRole.ISSUE), clock.instant().minus(Duration.ofDays(1))),
                "annex.browser." + UUID.randomUUID().toString().substring(0, 8));
        var hsp = provider("Kestrel Video", "IE", "fr", "en");
        RemovalOrder order = ((IssueOutcome.Issued) issuing.issue(issuer.admin(),
                OrderFixture.order(UUID.fromString(hsp.id()), "fr", true))).order();

        login(hsp.username());
        driver.get(url("/orders/" + order.id()));
        driver.findElement(By.id("annex-page")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/orders/" + order.id() + "/annex-i"));
        var annex = driver.findElement(By.id("annex"));
        assertThat(annex.getAttribute("lang")).isEqualTo("fr");
        assertThat(annex.findElement(By.cssSelector(".annex-title")).getText()).isEqualTo("ANNEXE I — INJONCTION DE RETRAIT");
        assertThat(annex.findElements(By.cssSelector("table.annex-section caption")).stream().map(e -> e.getText()
                .substring(0, 9)).toList()).containsExactly("SECTION A", "SECTION B", "SECTION C", "SECTION D",
                "SECTION E", "SECTION F", "SECTION G");
        assertThat(annex.getText()).contains("Heure et date d'émission", "(UTC+01:00)", "France (FR)",
                "☒ incite autrui à commettre des infractions terroristes").doesNotContain("[EN]", "INCITEMENT");
        Browser.screenshot(driver, "annex-i-page-fr");
        Accessibility.assertNoSeriousViolations(driver, "Annex I page");
        assertThat(driver.findElement(By.id("annex-page-pdf")).getAttribute("href")).endsWith("/annex-i.pdf");
    }
}
