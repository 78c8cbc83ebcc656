package eu.vigil.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.browser.Browser;
import eu.vigil.browser.BrowserTest;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;

/**
 * Real headless Chromium: a provider drafts statements of reasons for an executed order, sees the personal-data
 * hold, edits the text clean and exports the batch.
 */
class StatementsBrowserTests extends BrowserTest {

    @Autowired
    CompetentAuthorities authorities;

    @Test
    void providerDraftsReviewsAndExports() throws Exception {
        var org = OrderFixture.authority(authorities, organisations, "PT", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var issuer = withUserAndToken(org, "pt.sorb." + org.id().toString().substring(0, 8));
        var hsp = provider("Porto Videos", "PT", "pt");
        String order = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "pt", true)).json().get("order").get("id").asString();
        assertThat(http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + order + "/feedback", Map.of("items",
                List.of(Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().toString())))).status())
                .isEqualTo(200);

        login(hsp.username());
        driver.findElement(By.id("nav-statements")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/statements"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Statements of reasons");
        assertThat(unlabelled()).isEmpty();
        driver.findElement(By.cssSelector("input[name=contentTypes][value=CONTENT_TYPE_VIDEO]")).click();
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2026-01-10'", driver.findElement(By.id("contentDate")));
        driver.findElement(By.id("decisionFacts")).sendKeys("Reported by maria.silva@example.pt through our form.");
        driver.findElement(By.id("draft-statements")).click();

        By firstRow = By.cssSelector("#statements tbody tr");
        waitUntil(d -> d.findElement(firstRow).getText().contains("vigil-" + order + "-1"));
        WebElement row = driver.findElement(firstRow);
        assertThat(row.getText()).contains("held for review").contains("EMAIL");
        Browser.screenshot(driver, "statements-held");
        WebElement facts = row.findElement(By.cssSelector("textarea[name=decisionFacts]"));
        facts.clear();
        facts.sendKeys("Reported by a user through our form.");
        row.findElement(By.cssSelector("details form button[type=submit]")).click();

        waitUntil(d -> d.findElement(firstRow).getText().contains("ready"));
        assertThat(driver.findElement(firstRow).getText()).doesNotContain("maria.silva");
        driver.findElement(By.id("export-statements")).click();
        waitUntil(d -> d.findElement(firstRow).getText().contains("exported"));
        WebElement download = driver.findElement(By.cssSelector("#exports tbody a"));
        assertThat(download.getAttribute("href")).contains("/statements/exports/").endsWith(".json");
        Browser.screenshot(driver, "statements-exported");
    }

    private List<?> unlabelled() {
        return (List<?>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
                  .map(e => e.name || e.id);""");
    }
}
