package eu.vigil.browser;

import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import eu.vigil.testing.IntegrationTest;

/** Base of browser tests: a fresh headless Chromium per test, login through the form, patient waits. */
public abstract class BrowserTest extends IntegrationTest {

    protected WebDriver driver;

    @BeforeEach
    void openBrowser() throws Exception {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in as {@code username} (password {@link #PASSWORD}) and waits for the dashboard. */
    protected void login(String username) {
        login(username, PASSWORD);
    }

    /** Logs in as {@code username} with {@code password} and waits for the dashboard. */
    protected void login(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waitUntil(d -> d.getCurrentUrl().equals(url("/")));
    }

    /**
     * Issuing wizard, step 1 (issue 12, point 3): opens {@code /orders/new}, ticks the order type ({@code TCO_REMOVAL},
     * {@code DSA_ART9}, …), chooses the addressee and continues to step 2, the type's fields.
     */
    protected void wizardChoose(String orderType, String providerId) {
        driver.get(url("/orders/new"));
        driver.findElement(By.cssSelector("input[name=orderType][value=" + orderType + "]")).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("providerId"))).selectByValue(providerId);
        driver.findElement(By.id("wizard-next")).click();
        waitUntil(d -> !d.findElements(By.id("wizard-review")).isEmpty());
    }

    /** Issuing wizard, step 2 to 3: asks for the review, and waits for the Annex I as it will be sealed. */
    protected void wizardReview() {
        driver.findElement(By.id("wizard-review")).click();
        waitUntil(d -> !d.findElements(By.id("annex-i")).isEmpty() || !d.findElements(By.id("form-errors")).isEmpty()
                || !d.findElements(By.id("refusal")).isEmpty());
    }

    /** Issuing wizard, step 3: issues and seals, waits for the order page and answers its address. */
    protected String wizardIssue() {
        driver.findElement(By.id("issue-order")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/orders/[0-9a-f-]{36}$"));
        return driver.getCurrentUrl();
    }

    /**
     * Waits up to 20 s (a bound for a loaded 2-core machine, not a timing check), ignoring elements replaced while the
     * page changes.
     */
    protected void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition);
    }
}
