package eu.vigil.exercise;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

import eu.vigil.browser.Browser;

/** A screenshot of the after-action report of a running exercise server, for people to look at. */
final class ExerciseScreenshot {

    private ExerciseScreenshot() {
    }

    static void take(String base, String username, String password) throws Exception {
        WebDriver driver = Browser.start();
        try {
            driver.manage().window().setSize(new Dimension(1280, 2300));
            driver.get(base + "/login");
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(password);
            driver.findElement(By.id("login-submit")).click();
            driver.get(base + "/exercise/report");
            driver.findElement(By.id("chart-missed"));
            Thread.sleep(500);
            Browser.screenshot(driver, "exercise-after-action-report");
            driver.get(base + "/exercise");
            driver.findElement(By.id("msel"));
            Browser.screenshot(driver, "exercise-msel");
        } finally {
            driver.quit();
        }
    }
}
