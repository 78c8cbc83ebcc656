package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.DeadlineSweep;
import eu.vigil.removalorder.OrderFixture;

/**
 * Issue 15: the Commission opens the monitoring dashboard (TCO Art. 21) and sees the Member States side by side with
 * the four charts, each drawn and followed by its table; a figure opens the records it counted. Screenshots at 1280
 * and 390 px go to {@code target/screenshots} (the 1280 one is kept in {@code docs/examples/}).
 */
class MonitoringBrowserTests extends BrowserTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;

    @Test
    void theCommissionSeesTheMemberStatesSideBySideWithChartsAndOpensTheRecordsOfAFigure() throws Exception {
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "NL", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1))), "nl." + UUID.randomUUID().toString().substring(0, 8));
        var host = provider("Limassol Pics", "IE", "en");
        var commission = tenant(OrganisationKind.COMMISSION, null, "Commission browser");
        List<String> references = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(host.id()),
                    "en", true, "https://limassol.example/" + UUID.randomUUID()));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            ids.add(r.json().get("order").get("id").asString());
            references.add(r.json().get("order").get("reference").asString());
        }
        clock.advance(Duration.ofMinutes(12));
        feedback(host.token(), ids.get(0));
        clock.advance(Duration.ofMinutes(50));
        sweep.sweep();
        feedback(host.token(), ids.get(1));
        assertThat(http().bearer(host.token()).postJson("/api/v1/removal-orders/" + ids.get(2) + "/impossibility", Map.of(
                "reason", "FORCE_MAJEURE", "details", "Storage offline", "authorisedPerson", "Ops")).status()).isEqualTo(200);
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();

        login(commission.username());
        driver.manage().window().setSize(new Dimension(1280, 2400));
        driver.get(url("/monitoring?year=" + year));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Art. 21");
        WebElement nlOrders = driver.findElement(By.cssSelector(
                "#figure-ORDERS_ISSUED a[href*='memberState=NL']"));
        assertThat(Integer.parseInt(nlOrders.getText())).isGreaterThanOrEqualTo(3);
        List<WebElement> charts = driver.findElements(By.cssSelector("img.chart"));
        assertThat(charts).as("orders per month, time to removal, compliance (and referrals when there are)").hasSizeGreaterThanOrEqualTo(3);
        for (WebElement chart : charts) {
            Number width = (Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", chart);
            assertThat(width.intValue()).as("the chart image decodes").isEqualTo(800);
        }
        assertThat(driver.findElement(By.id("table-removal-speed")).getText()).contains("10–20");
        assertThat(driver.findElement(By.id("table-compliance")).getText()).contains("Limassol Pics");
        Browser.screenshot(driver, "monitoring-1280-commission");

        nlOrders.click();
        waitUntil(d -> d.getCurrentUrl().contains("/monitoring/records"));
        String listed = driver.findElement(By.id("monitoring-records")).getText();
        references.forEach(ref -> assertThat(listed).contains(ref));
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("/monitoring?year=" + year));
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling of the page at 390 px (tables scroll inside)").isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "monitoring-390-commission");
    }

    private void feedback(String token, String order) {
        var r = http().bearer(token).postJson("/api/v1/removal-orders/" + order + "/feedback", Map.of("items",
                List.of(Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().toString())),
                "authorisedPerson", "T&S"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
