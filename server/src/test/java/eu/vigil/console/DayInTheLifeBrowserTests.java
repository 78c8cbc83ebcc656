package eu.vigil.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.browser.Browser;
import eu.vigil.browser.BrowserTest;
import eu.vigil.identity.OrganisationId;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;

/**
 * Issue 12, "Done when": a full day in the life in two real Chromium windows. BKA issues a cross-border order
 * through the wizard; Kestrel sees it at the top of its inbox with the countdown, acknowledges and files Annex II;
 * BKA's open order page updates without reload and tells the change; Garda sees the copy with its 72-hour
 * countdown and starts scrutiny; the inbox also at 390 px. Screenshots of each step go to
 * {@code target/screenshots/day-*.png}.
 */
class DayInTheLifeBrowserTests extends BrowserTest {

    @Autowired
    CompetentAuthorities authorities;

    /** The second window: Kestrel, later Garda, while BKA's order page stays open in {@link #driver}. */
    private WebDriver other;

    @AfterEach
    void closeOther() {
        if (other != null) {
            other.quit();
        }
    }

    private String local(String path) {
        return url(path);
    }

    private void signIn(WebDriver browser, String username) {
        browser.manage().deleteAllCookies();
        browser.get(local("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitIn(browser, d -> d.getCurrentUrl().equals(local("/")));
    }

    private static void waitIn(WebDriver browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private static String confirmation(WebDriver browser) {
        return browser.findElement(By.id("confirmation")).getText();
    }

    @Test
    void bkaIssuesKestrelActsBkaSeesItLiveGardaScrutinises() throws Exception {
        var since = clock.instant().minus(Duration.ofDays(1));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Tenant bka = withUserAndToken(OrderFixture.authority(authorities, organisations, "DE",
                EnumSet.of(AuthorityRole.ISSUE), since), "bka.day." + tag);
        withUserAndToken(OrderFixture.authority(authorities, organisations, "IE", EnumSet.of(AuthorityRole.SCRUTINISE),
                since), "garda.day." + tag);
        Tenant kestrel = provider("Kestrel Day " + tag, "IE", "en", "ga");

        // 1. BKA issues the order through the wizard: the first order to Kestrel, so the 12-hour prior-information
        //    rule is checked as soon as Kestrel is chosen; BKA issues in an emergency (Art. 3(2)) and is told.
        signIn(driver, bka.username());
        driver.get(url("/orders/new"));
        driver.findElement(By.cssSelector("input[name=orderType][value=TCO_REMOVAL]")).click();
        new Select(driver.findElement(By.id("providerId"))).selectByValue(kestrel.id());
        waitUntil(d -> !d.findElements(By.cssSelector("#prior-information-status[data-status=MISSING]")).isEmpty());
        Browser.screenshot(driver, "day-00-bka-wizard-prior-information");
        driver.findElement(By.id("wizard-next")).click();
        waitUntil(d -> !d.findElements(By.id("wizard-review")).isEmpty());
        driver.findElement(By.cssSelector("input[name=language][value=en]")).click();
        driver.findElement(By.id("urls")).sendKeys("https://video.kestrel.example/watch/day-" + tag);
        driver.findElement(By.cssSelector("input[name=reasons][value=INCITEMENT]")).click();
        driver.findElement(By.id("statementOfReasons")).sendKeys(
                "The video glorifies the attack of this morning and calls for further attacks.");
        driver.findElement(By.id("representativeName")).sendKeys("Kommissarin Anna Schmidt");
        driver.findElement(By.id("representativePost")).sendKeys("Head of the internet referral unit");
        driver.findElement(By.id("redressBody")).sendKeys("Verwaltungsgericht Wiesbaden");
        driver.findElement(By.id("redressDeadline")).sendKeys("one month from receipt");
        driver.findElement(By.id("emergency")).click();
        driver.findElement(By.id("emergencyJustification")).sendKeys("The attacker's stream is spreading now");
        wizardReview();
        assertThat(driver.findElement(By.id("annex-i")).getText()).contains(kestrel.organisation().name());
        Browser.screenshot(driver, "day-00-bka-wizard-review");
        String orderUrl = wizardIssue();
        String orderId = orderUrl.substring(orderUrl.lastIndexOf('/') + 1);
        String reference = driver.findElement(By.id("order-reference")).getText().replaceAll(".* ", "");
        assertThat(confirmation(driver)).contains(reference).contains(kestrel.organisation().name());
        Browser.screenshot(driver, "day-01-bka-issued");
        ((JavascriptExecutor) driver).executeScript("window.vigilDayMarker = 'not reloaded';");

        // 2. Kestrel: the order at the top of its start page and inbox, with the countdown.
        other = Browser.start();
        signIn(other, kestrel.username());
        WebElement top = other.findElements(By.cssSelector("#urgent-orders tbody tr.order-row")).getFirst();
        assertThat(top.getText()).contains(reference);
        waitIn(other, d -> d.findElement(By.cssSelector("#urgent-orders .countdown")).getText().matches("\\d+:\\d\\d"));
        Browser.screenshot(other, "day-02-kestrel-start-page");
        other.findElement(By.id("nav-orders")).click();
        assertThat(other.findElements(By.cssSelector("#orders tbody tr.order-row")).getFirst().getText()).contains(reference);
        other.manage().window().setSize(new Dimension(390, 844));
        other.navigate().refresh();
        Object overflow = ((JavascriptExecutor) other).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("no horizontal scrolling at 390 px").isLessThanOrEqualTo(0);
        WebElement row = other.findElements(By.cssSelector("#orders tbody tr.order-row")).getFirst();
        assertThat(row.findElement(By.cssSelector("td.time-left .countdown")).isDisplayed()).isTrue();
        Browser.screenshot(other, "day-03-kestrel-inbox-390");
        other.manage().window().setSize(new Dimension(1280, 900));

        // 3. Kestrel acknowledges with its file reference; BKA's open page learns it without reload.
        other.get(local("/orders/" + orderId));
        other.findElement(By.id("providerReference")).sendKeys("KES-" + tag);
        other.findElement(By.id("acknowledge")).click();
        waitIn(other, d -> !d.findElements(By.id("confirmation")).isEmpty());
        assertThat(confirmation(other)).contains("Receipt of " + reference + " acknowledged to "
                + bka.organisation().name());
        Browser.screenshot(other, "day-04-kestrel-acknowledged");
        waitUntil(d -> d.findElement(By.id("live-updates")).getText().contains("acknowledged receipt of " + reference));

        // 4. Kestrel files Annex II; BKA's page shows the execution and the notice, still without reload.
        other.findElement(By.cssSelector("#order-items input[name=position]")).click();
        other.findElement(By.id("confirm-removal")).click();
        waitIn(other, d -> confirmation(d).contains("Annex II on " + reference));
        Browser.screenshot(other, "day-05-kestrel-annex-two");
        try {
            waitUntil(d -> d.findElement(By.id("live-updates")).getText().contains("Annex II feedback on " + reference));
        } catch (RuntimeException e) {
            Browser.screenshot(driver, "day-failed-bka");
            throw new AssertionError("live region: " + driver.findElement(By.id("live-updates")).getText(), e);
        }
        waitUntil(d -> !d.findElements(By.cssSelector("#order-answers li")).isEmpty());
        assertThat(((JavascriptExecutor) driver).executeScript("return window.vigilDayMarker;"))
                .as("BKA's page updated in place").isEqualTo("not reloaded");
        Browser.screenshot(driver, "day-06-bka-live-update");

        // 5. Garda — the host Member State's role-(b) authority that received the copy — sees it with its
        //    72-hour countdown and starts scrutiny.
        String copyRecipient = http().bearer(bka.token()).get("/api/v1/removal-orders/" + orderId).json()
                .get("order").get("scrutinyCopy").get("authorityId").asString();
        Tenant garda = withUserAndToken(organisations.find(new OrganisationId(UUID.fromString(copyRecipient)))
                .orElseThrow(), "garda.reader." + tag);
        signIn(other, garda.username());
        other.get(local("/orders?scope=copies"));
        WebElement copy = other.findElements(By.cssSelector("#orders tbody tr.order-row")).stream()
                .filter(r -> r.getText().contains(reference)).findFirst().orElseThrow();
        waitIn(other, d -> copy.findElement(By.cssSelector(".countdown")).getText().matches("\\d+ d .*|\\d+:\\d\\d:\\d\\d"));
        Browser.screenshot(other, "day-07-garda-copies");
        copy.findElement(By.cssSelector("th a")).click();
        other.findElement(By.id("start-scrutiny")).click();
        waitIn(other, d -> !d.findElements(By.id("notice-of-intention")).isEmpty());
        assertThat(confirmation(other)).contains("Scrutiny of " + reference + " started");
        Browser.screenshot(other, "day-08-garda-scrutiny-started");
        waitUntil(d -> d.findElement(By.id("live-updates")).getText().contains("Scrutiny of " + reference + " started"));
        Browser.screenshot(driver, "day-09-bka-told-of-scrutiny");
    }
}
