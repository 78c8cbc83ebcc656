package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import eu.vigil.identity.OrganisationKind;

/**
 * Issue 14: Europol's referral unit sends a referral from the form, the provider sees it arrive in its list without
 * reloading, answers each item on the referral's page, and Europol's open page follows the answers live; every page
 * says the referral is not binding; the referral waits in the provider's one queue, and once answered Europol's
 * situational dashboard for terrorism counts it. Screenshots at 1280 and 390 px go to {@code target/screenshots}.
 */
class ReferralBrowserTests extends BrowserTest {

    @Test
    void europolRefersTheProviderAnswersPerItemAndBothSeeItLive() throws Exception {
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU browser");
        var host = provider("Browser Referral Host", "IE", "en");
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);

        WebDriver providerPage = Browser.start();
        try {
            providerPage.manage().deleteAllCookies();
            providerPage.get(url("/login"));
            providerPage.findElement(By.id("username")).sendKeys(host.username());
            providerPage.findElement(By.id("password")).sendKeys(PASSWORD);
            providerPage.findElement(By.id("login-submit")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(providerPage, java.time.Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().equals(url("/")));
            providerPage.get(url("/inbox"));

            login(europol.username());
            driver.get(url("/referrals/new"));
            assertThat(driver.findElement(By.id("main")).getText()).contains("Non-binding referral");
            new Select(driver.findElement(By.id("providerId"))).selectByValue(host.id());
            new Select(driver.findElement(By.id("category"))).selectByValue("TERRORIST_PROPAGANDA");
            driver.findElement(By.id("language")).sendKeys("ar");
            driver.findElement(By.id("termsClause")).sendKeys("Dangerous organisations, section 3");
            driver.findElement(By.id("items")).sendKeys("https://browser-host.example/v/" + run + "-1 | | | @nashir\n"
                    + "https://browser-host.example/v/" + run + "-2");
            driver.findElement(By.id("send-referral")).click();
            waitUntil(d -> d.getCurrentUrl().matches(".*/referrals/[0-9a-f-]{36}$"));
            String referralPath = driver.getCurrentUrl().replace(url(""), "");
            assertThat(driver.findElement(By.id("referral-state")).getText()).isEqualTo("With the provider");
            assertThat(driver.findElement(By.id("non-binding-notice")).getText()).contains("not a removal order");

            new org.openqa.selenium.support.ui.WebDriverWait(providerPage, java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("inbox")).getText().contains("REF-EU-"));
            String queued = providerPage.findElement(By.cssSelector("#inbox tr[data-kind='REFERRAL']")).getText();
            assertThat(queued).contains("Non-binding").contains("no legal deadline").contains("EU IRU browser");
            Browser.screenshot(providerPage, "inbox-1280-provider");
            providerPage.get(url(referralPath));
            new Select(providerPage.findElement(By.id("outcome-0"))).selectByValue("ACTIONED");
            new Select(providerPage.findElement(By.id("action-0"))).selectByValue("REMOVED");
            providerPage.findElement(By.id("answer-item-1")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(providerPage, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("answer-1")).isEmpty());
            new Select(providerPage.findElement(By.id("outcome-1"))).selectByValue("NOT_ACTIONED");
            providerPage.findElement(By.id("answer-item-2")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(providerPage, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("form-errors")).isEmpty());
            assertThat(providerPage.findElement(By.id("form-errors")).getText()).contains("Reason").contains("say why");
            new Select(providerPage.findElement(By.id("outcome-1"))).selectByValue("NOT_ACTIONED");
            providerPage.findElement(By.id("reason-1")).sendKeys("Reporting on the attack by a news outlet");
            providerPage.findElement(By.id("answer-item-2")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(providerPage, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("answer-2")).isEmpty());
            Browser.screenshot(providerPage, "referral-1280-provider-answered");
            providerPage.manage().window().setSize(new Dimension(390, 844));
            providerPage.navigate().refresh();
            Browser.screenshot(providerPage, "referral-390-provider-answered");

            waitUntil(d -> d.findElement(By.id("referral-state")).getText().equals("Answered"));
            assertThat(driver.findElement(By.id("referral-outcome")).getText()).isEqualTo("Partly actioned");
            assertThat(driver.findElement(By.id("referral-items")).getText()).contains("Removed")
                    .contains("Reporting on the attack by a news outlet");
            Browser.screenshot(driver, "referral-1280-europol-answered");

            driver.get(url("/situation/terrorism"));
            String platforms = driver.findElement(By.id("chart-platforms-table")).getText();
            assertThat(platforms).as("the dashboard shows the answered referral").contains(host.organisation().name());
            String row = driver.findElements(By.cssSelector("#chart-platforms-table tbody tr")).stream()
                    .map(org.openqa.selenium.WebElement::getText).filter(t -> t.contains(host.organisation().name()))
                    .findFirst().orElseThrow();
            assertThat(row).contains("50.0 %");
            assertThat(driver.findElement(By.id("table-accounts")).getText()).doesNotContain("@nashir");
            assertThat(driver.findElements(By.cssSelector("#chart-platforms img"))).hasSize(1);
            Browser.screenshot(driver, "situation-1280-europol");
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.navigate().refresh();
            Browser.screenshot(driver, "situation-390-europol");
        } finally {
            providerPage.quit();
        }
    }
}
