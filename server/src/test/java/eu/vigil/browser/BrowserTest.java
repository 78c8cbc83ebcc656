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

    /** Waits up to 10 s, ignoring elements replaced while the page changes. */
    protected void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(condition);
    }
}
