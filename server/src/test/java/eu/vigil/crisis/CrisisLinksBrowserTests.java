package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.browser.Accessibility;
import eu.vigil.browser.Browser;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;

/**
 * Issue 13 in Chromium: an authority issues a TCO order under an active crisis through the wizard and the crisis
 * board lists it with its running clock; Europol's coordinator starts a contact-point drill and its page shows a
 * provider's acknowledgement live. Screenshots {@code crisis-links-*.png}, also at 390 px.
 */
class CrisisLinksBrowserTests extends CrisisBrowserTest {

    @Autowired
    CompetentAuthorities authorities;

    private WebDriver second;

    @AfterEach
    void closeSecond() {
        if (second != null) {
            second.quit();
        }
    }

    @Test
    void anOrderIssuedUnderTheCrisisThroughTheWizardIsOnTheBoardWithItsClock() throws Exception {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Wizard");
        Tenant host = optedIn("Dublin Crisis Video", "IE", "en");
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "IE",
                EnumSet.of(AuthorityRole.ISSUE), clock.instant().minus(Duration.ofDays(1))),
                "ie.crisis." + java.util.UUID.randomUUID().toString().substring(0, 8));
        var raised = http().bearer(host.token()).postJson("/api/v1/crises", Map.of("title", "Dublin attack stream",
                "observation", "Copies of the attacker's stream"));
        String crisis = raised.json().get("id").get("value").asString();
        String reference = raised.json().get("reference").asString();
        http().bearer(europol.token()).postJson("/api/v1/crises/" + crisis + "/steps",
                Map.of("step", "ACTIVATE", "reason", "Viral spread"));

        login(issuer.username());
        wizardChoose("TCO_REMOVAL", host.id());
        driver.findElement(By.id("urls")).sendKeys("https://dublin-video.example/v/77");
        driver.findElement(By.cssSelector("input[name=reasons][value=INCITEMENT]")).click();
        driver.findElement(By.id("statementOfReasons")).sendKeys("The video is the attacker's stream and incites copycats.");
        driver.findElement(By.id("representativeName")).sendKeys("Detective Superintendent Byrne");
        driver.findElement(By.id("representativePost")).sendKeys("Head of the referral unit");
        driver.findElement(By.id("redressBody")).sendKeys("High Court, Dublin");
        driver.findElement(By.id("redressDeadline")).sendKeys("one month from receipt");
        driver.findElement(By.cssSelector("input[name=emergency]")).click();
        driver.findElement(By.id("emergencyJustification")).sendKeys("Live spread during an active crisis");
        new Select(driver.findElement(By.id("crisisId"))).selectByValue(crisis);
        Browser.screenshot(driver, "crisis-links-1-wizard-crisis-field");
        wizardReview();
        assertThat(driver.findElement(By.id("review-crisis")).getText()).contains(reference);
        String order = wizardIssue();
        String orderReference = driver.findElement(By.tagName("h1")).getText();

        driver.get(url("/crises/" + crisis));
        waitUntil(d -> !d.findElements(By.cssSelector("#crisis-orders tr.crisis-order")).isEmpty());
        String row = driver.findElement(By.cssSelector("#crisis-orders tr.crisis-order")).getText();
        assertThat(row).contains(host.organisation().name()).contains("On time");
        assertThat(orderReference).contains(driver.findElement(By.cssSelector("#crisis-orders tr.crisis-order th a"))
                .getText());
        assertThat(driver.findElement(By.cssSelector("#crisis-orders tr.crisis-order th a")).getDomAttribute("href"))
                .isEqualTo(order.substring(order.indexOf("/orders/")));
        waitUntil(d -> d.findElement(By.cssSelector("#crisis-orders .countdown")).getText().matches("-?\\d+:\\d\\d"));
        assertThat(driver.findElement(By.id("crisis-holds")).getText()).contains("No item");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('linked-cases').scrollIntoView()");
        Browser.screenshot(driver, "crisis-links-2-board-order-with-clock");
        Accessibility.assertNoSeriousViolations(driver, "crisis board with linked cases");
        driver.manage().window().setSize(new Dimension(390, 844));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('linked-cases').scrollIntoView()");
        Browser.screenshot(driver, "crisis-links-3-board-order-390");
    }

    @Test
    void aDrillAcknowledgedByAProviderShowsLiveOnTheCoordinatorsDrillPage() throws Exception {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Drill Page");
        Tenant provider = optedIn("Drill Page Host", "IE", "en");

        login(europol.username());
        driver.get(url("/crises"));
        driver.findElement(By.id("start-drill-button")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/crises/drills/[0-9a-f-]{36}$"));
        String drill = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("drill-notice")).getText()).contains("not a crisis");
        assertThat(driver.findElement(By.id("drill-waiting")).getText()).contains(provider.organisation().name());
        ((JavascriptExecutor) driver).executeScript("window.vigilDrillMarker = 'not reloaded';");
        Browser.screenshot(driver, "crisis-links-4-drill-started");

        clock.advance(Duration.ofSeconds(42));
        second = Browser.start();
        second.get(url("/login"));
        second.findElement(By.id("username")).sendKeys(provider.username());
        second.findElement(By.id("password")).sendKeys(PASSWORD);
        second.findElement(By.id("login-submit")).click();
        waitIn(second, d -> d.getCurrentUrl().equals(url("/")));
        second.get(url("/crises"));
        assertThat(second.findElement(By.cssSelector("#drills .drill-open")).getText()).contains("DRILL")
                .contains("not a crisis");
        second.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(second, "crisis-links-5-provider-drill-banner-390");
        second.findElement(By.cssSelector("#drills .acknowledge-drill")).click();
        waitIn(second, d -> !d.findElements(By.id("drill-own")).isEmpty());
        assertThat(second.findElement(By.id("drill-own")).getText()).contains("42 s");

        waitUntil(d -> d.findElement(By.id("drill-summary")).getText().startsWith("1 of"));
        String answered = driver.findElement(By.cssSelector("tr.drill-reply[data-organisation='" + provider.id() + "']"))
                .getText();
        assertThat(answered).contains("after 42 s");
        assertThat(driver.findElement(By.id("drill-summary")).getText()).contains("median 42 s");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.vigilDrillMarker;")).isEqualTo("not reloaded");
        assertThat(driver.getCurrentUrl()).isEqualTo(drill);
        Browser.screenshot(driver, "crisis-links-6-coordinator-sees-acknowledgement");
        Accessibility.assertNoSeriousViolations(driver, "drill page");
        driver.findElement(By.id("close-drill")).click();
        waitUntil(d -> d.findElement(By.id("drill-state")).getText().contains("closed"));
    }
}
