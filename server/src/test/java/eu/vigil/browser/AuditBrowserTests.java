package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.IssueOutcome;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.removalorder.RemovalOrder;

/**
 * Headless Chromium, issue 12 point 7: an officer opens the audit log, filters it by the order's reference, reads
 * who issued it to whom in words, follows the link to the order and finds the same sentence in its history.
 */
class AuditBrowserTests extends BrowserTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    IssuingRemovalOrders issuing;

    @Test
    void anOfficerFiltersTheAuditLogAndFollowsASentenceToTheOrder() throws Exception {
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "DE",
                EnumSet.of(AuthorityRole.ISSUE), clock.instant().minus(Duration.ofDays(1))),
                "audit.browser." + UUID.randomUUID().toString().substring(0, 8));
        var hsp = provider("Kestrel Video", "DE", "de", "en");
        RemovalOrder order = ((IssueOutcome.Issued) issuing.issue(issuer.admin(),
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true))).order();

        login(issuer.username());
        driver.findElement(By.cssSelector("nav a[href='/audit']")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/audit"));
        driver.findElement(By.id("object")).sendKeys(order.reference());
        driver.findElement(By.id("apply-filters")).click();
        waitUntil(d -> d.getCurrentUrl().contains("object=" + order.reference()));

        assertThat(driver.findElement(By.id("object")).getAttribute("value")).isEqualTo(order.reference());
        WebElement first = driver.findElement(By.cssSelector("#audit-records tbody tr .audit-sentence"));
        assertThat(first.getText()).isEqualTo("User " + issuer.username() + " (" + issuer.organisation().name()
                + ") issued " + order.reference() + " to " + hsp.organisation().name() + ".");
        assertThat(driver.findElement(By.cssSelector("#audit-records tbody tr td:nth-child(2)")).getText())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [+-]\\d{2}:\\d{2}");
        assertThat(driver.findElement(By.id("export-csv")).getAttribute("href"))
                .contains("/audit.csv?object=" + order.reference());
        Browser.screenshot(driver, "audit-filtered");

        first.findElement(By.cssSelector("a.audit-object")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/orders/" + order.id()));
        assertThat(driver.findElement(By.id("order-history")).getText())
                .contains("issued " + order.reference() + " to " + hsp.organisation().name() + ".");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("order-history")));
        Browser.screenshot(driver, "order-history");
    }
}
