package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.browser.Browser;
import eu.vigil.browser.BrowserTest;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;

/**
 * Issue 12, triage in real Chromium: the provider's start page lists its open orders with countdowns, the inbox
 * has the order whose clock ends first on top, the filters stay in the address, and at 390 px the inbox shows
 * reference, time left and state without horizontal scrolling.
 */
class OrderInboxBrowserTests extends BrowserTest {

    @Autowired
    CompetentAuthorities authorities;

    @Test
    void theProviderTriagesFromItsStartPageAndInbox() throws Exception {
        var org = OrderFixture.authority(authorities, organisations, "EE", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        Tenant issuer = withUserAndToken(org, "ee.triage." + org.id().toString().substring(0, 8));
        Tenant hsp = provider("Tallinn Triage Host", "EE", "et", "en");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = null;
        for (int i = 1; i <= 3; i++) {
            var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                    UUID.fromString(hsp.id()), "en", true, "https://tallinn-" + tag + ".example/very/long/path/to/the/"
                            + "video/that/was/reported/by/the/unit/" + i + "?utm_source=channel&t=1234567890"));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            first = first == null ? r.json().get("order").get("reference").asString() : first;
            clock.advance(Duration.ofMinutes(7));
        }

        login(hsp.username());
        List<WebElement> urgent = driver.findElements(By.cssSelector("#urgent-orders tbody tr.order-row"));
        assertThat(urgent).hasSize(3);
        assertThat(urgent.getFirst().getText()).contains(first);
        waitUntil(d -> d.findElement(By.cssSelector("#urgent-orders .countdown")).getText().matches("-?\\d+:\\d\\d(:\\d\\d)?"));
        // The page counts down from the server's clock, not the browser's: 60 min - 21 min = 39 min left.
        assertThat(driver.findElement(By.cssSelector("#urgent-orders .countdown")).getText()).matches("39:00|38:[0-5]\\d");
        Browser.screenshot(driver, "dashboard-urgent-orders");

        driver.findElement(By.id("nav-orders")).click();
        List<WebElement> rows = driver.findElements(By.cssSelector("#orders tbody tr.order-row"));
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().getText()).contains(first);
        new Select(driver.findElement(By.id("state"))).selectByValue("open");
        driver.findElement(By.id("q")).sendKeys(tag);
        driver.findElement(By.id("apply-filters")).click();
        waitUntil(d -> d.getCurrentUrl().contains("state=open") && d.getCurrentUrl().contains("q=" + tag));
        assertThat(driver.findElements(By.cssSelector("#orders tbody tr.order-row"))).hasSize(3);
        assertThat(driver.findElement(By.id("orders-count")).getText()).contains("3 orders");
        Browser.screenshot(driver, "inbox-filtered");

        driver.navigate().refresh();
        assertThat(new Select(driver.findElement(By.id("state"))).getFirstSelectedOption().getText())
                .isEqualTo("Open or suspended");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("no horizontal scrolling at 390 px").isLessThanOrEqualTo(0);
        WebElement row = driver.findElements(By.cssSelector("#orders tbody tr.order-row")).getFirst();
        assertThat(row.findElement(By.cssSelector("th a")).isDisplayed()).isTrue();
        assertThat(row.findElement(By.cssSelector("td.time-left .countdown")).isDisplayed()).isTrue();
        assertThat(row.findElements(By.cssSelector("td")).getLast().isDisplayed()).isTrue();
        Browser.screenshot(driver, "inbox-390");
    }
}
