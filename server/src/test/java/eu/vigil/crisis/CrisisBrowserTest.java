package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import eu.vigil.browser.BrowserTest;

/**
 * The crisis feature's browser fixture: providers that opted in to the Protocol, more windows signed in as other
 * parties, waiting in any window, and a marker that tells a live update in place from a reload.
 */
abstract class CrisisBrowserTest extends BrowserTest {

    /** A fresh provider established in Lithuania that opted in with a 24/7 crisis contact. */
    protected Tenant optedIn(String label) {
        return optedIn(label, "LT", "lt");
    }

    /** A fresh provider established in {@code memberState} that opted in with a 24/7 crisis contact. */
    protected Tenant optedIn(String label, String memberState, String language) {
        Tenant p = "en".equals(language) ? provider(label, memberState, "en")
                : provider(label, memberState, language, "en");
        var in = http().bearer(p.token()).putJson("/api/v1/crisis-participation", Map.of("contactName", "Night desk",
                "contactEmail", "crisis@" + p.id().substring(0, 8) + ".example", "contactPhone", "+370 5 555 0101"));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        return p;
    }

    /** Signs {@code browser} (another window than {@code driver}) in as {@code username}. */
    protected void signIn(WebDriver browser, String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitIn(browser, d -> d.getCurrentUrl().equals(url("/")));
    }

    /** Waits up to 15 s in {@code browser}, ignoring elements replaced while the page changes. */
    protected static void waitIn(WebDriver browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Marks the page, so that {@link #marked} tells whether it was replaced in place or reloaded. */
    protected static void mark(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("window.vigilBoardMarker = 'not reloaded';");
    }

    /** Whether the page marked by {@link #mark} was not reloaded since. */
    protected static boolean marked(WebDriver browser) {
        return "not reloaded".equals(((JavascriptExecutor) browser).executeScript("return window.vigilBoardMarker;"));
    }
}
