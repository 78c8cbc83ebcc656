package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import eu.vigil.browser.Accessibility;
import eu.vigil.browser.Browser;
import eu.vigil.identity.OrganisationKind;

/**
 * Issue 13 in two Chromium windows: a provider raises an alert from the crisis page, Europol's coordinator activates
 * the Protocol on the board, the provider's open board turns active without reload and the provider acknowledges;
 * the coordinator's board learns the acknowledgement live. Screenshots {@code crisis-*.png}.
 */
class CrisisBrowserTests extends CrisisBrowserTest {

    private WebDriver coordinator;

    @AfterEach
    void closeCoordinator() {
        if (coordinator != null) {
            coordinator.quit();
        }
    }

    @Test
    void anAlertIsActivatedByEuropolAndAcknowledgedWhileEveryBoardFollowsLive() throws Exception {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Board");
        Tenant provider = provider("Board Stream Host", "LT", "lt", "en");
        var in = http().bearer(provider.token()).putJson("/api/v1/crisis-participation", Map.of("contactName",
                "Night desk", "contactEmail", "crisis@board.example", "contactPhone", "+370 5 555 0101"));
        assertThat(in.status()).as(in.body()).isEqualTo(200);

        login(provider.username());
        driver.findElement(By.id("nav-crises")).click();
        driver.findElement(By.id("raise")).click();
        waitUntil(d -> !d.findElements(By.id("form-errors")).isEmpty());
        assertThat(driver.findElement(By.id("form-errors")).getText()).contains("Short name").contains("What you saw");
        driver.findElement(By.id("title")).sendKeys("Livestreamed attack");
        driver.findElement(By.id("observation")).sendKeys("A live stream of an attack is re-uploaded on our service.");
        driver.findElement(By.id("raise")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/crises/[0-9a-f-]{36}$"));
        String board = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("confirmation")).getText()).contains("Crisis alert");
        assertThat(driver.findElement(By.id("crisis-phase")).getText()).isEqualTo("Alert");
        assertThat(driver.findElements(By.id("crisis-step"))).as("a provider decides no step").isEmpty();
        Browser.screenshot(driver, "crisis-1-alert-raised");
        ((JavascriptExecutor) driver).executeScript("window.vigilBoardMarker = 'not reloaded';");

        coordinator = Browser.start();
        signIn(coordinator, europol.username());
        coordinator.get(board);
        coordinator.findElement(By.id("step-ACTIVATE")).click();
        coordinator.findElement(By.id("reason")).sendKeys("Criteria met: viral spread across platforms");
        coordinator.findElement(By.id("take-step")).click();
        waitIn(coordinator, d -> d.findElement(By.id("crisis-phase")).getText().equals("Active"));
        assertThat(coordinator.findElement(By.id("confirmation")).getText()).contains("Crisis Protocol activated");
        Browser.screenshot(coordinator, "crisis-2-activated-by-europol");

        waitUntil(d -> d.findElement(By.id("crisis-phase")).getText().equals("Active"));
        assertThat(driver.findElement(By.id("live-updates")).getText()).contains("Crisis Protocol activated");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.vigilBoardMarker;")).isEqualTo("not reloaded");
        driver.findElement(By.id("acknowledge-crisis")).click();
        waitUntil(d -> d.findElements(By.id("acknowledge-crisis")).isEmpty());
        assertThat(driver.findElement(By.id("crisis-roster")).getText()).contains(provider.organisation().name() + " · acknowledged");
        Browser.screenshot(driver, "crisis-3-provider-acknowledged");

        waitIn(coordinator, d -> d.findElement(By.id("crisis-roster")).getText()
                .contains(provider.organisation().name() + " · acknowledged"));
        Browser.screenshot(coordinator, "crisis-4-coordinator-sees-acknowledgement");
        Accessibility.assertNoSeriousViolations(coordinator, "crisis board");
        driver.get(url("/crises"));
        Accessibility.assertNoSeriousViolations(driver, "crisis list");
    }
}
