package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import eu.vigil.identity.OrganisationKind;


/** Real headless Chromium: an authority and a provider log in and walk the registry and the overview. */
class RegistryBrowserTests extends BrowserTest {



    @Test
    void authorityWalksTheRegisterOfCompetentAuthorities() throws Exception {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Browser Authority");
        login(authority.username());
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Welcome");
        assertThat(driver.getPageSource()).contains("Your Member State: Germany");
        Browser.screenshot(driver, "authority-dashboard");

        driver.findElement(By.linkText("Competent authorities")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/registry/member-states"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#member-states tbody tr"));
        assertThat(rows).hasSize(27);
        assertLabelled();
        Browser.screenshot(driver, "member-states");

        new Select(driver.findElement(By.id("filter"))).selectByValue("cannot-issue");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("filter=cannot-issue"));
        List<WebElement> cannot = driver.findElements(By.cssSelector("#member-states tbody tr"));
        assertThat(cannot).isNotEmpty().hasSizeLessThan(27);
        assertThat(cannot).allSatisfy(r -> assertThat(r.getText()).contains("cannot issue"));
        assertThat(driver.getCurrentUrl()).contains("filter=cannot-issue");

        driver.get(url("/registry/member-states/IE"));
        assertThat(driver.getPageSource()).contains("An Garda Síochána", "Coimisiún na Meán");
        WebElement at = driver.findElement(By.id("at"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2022-12-31'", at);
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("at=2022-12-31"));
        assertThat(driver.findElement(By.id("cannot-issue")).getText()).contains("Cannot issue");

        driver.findElement(By.linkText("Legal representatives")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/registry/legal-representatives"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Legal representatives by Member State");
        assertThat(driver.findElement(By.id("export-csv")).getAttribute("href")).contains("/registry/legal-representatives.csv");
        Browser.screenshot(driver, "legal-representatives");
    }

    @Test
    void providerReviewsAndAmendsItsOwnEntry() throws Exception {
        var hsp = provider("Browser Host", "FR", "fr");
        login(hsp.username());
        driver.findElement(By.id("own-provider")).click();
        assertThat(driver.findElement(By.id("provider-name")).getText()).startsWith("Browser Host");
        driver.findElement(By.id("edit-provider")).click();
        assertLabelled();

        clock.advance(Duration.ofMinutes(5));
        WebElement languages = driver.findElement(By.id("languages0"));
        languages.clear();
        languages.sendKeys("en");
        driver.findElement(By.id("save-provider")).click();
        assertThat(driver.findElement(By.id("form-errors")).getText()).contains("official language of the host Member State FR");

        languages = driver.findElement(By.id("languages0"));
        languages.clear();
        languages.sendKeys("fr en");
        driver.findElement(By.id("save-provider")).click();
        waitUntil(d -> d.findElements(By.id("provider-history")).size() == 1);
        assertThat(driver.findElements(By.cssSelector("#provider-history tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.id("contact-points")).getText()).contains("fr, en");
        Browser.screenshot(driver, "provider-entry");

        driver.findElement(By.linkText("Hosting service providers")).click();
        driver.findElement(By.id("q")).sendKeys("Browser Host");
        waitUntil(d -> d.getCurrentUrl().contains("q=Browser") &&
                d.findElements(By.cssSelector("#provider-rows tr.provider-row")).size() >= 1
                        && d.findElements(By.cssSelector("#provider-rows tr.provider-row")).stream()
                                .allMatch(r -> r.getText().contains("Browser Host")));
        assertThat(driver.getCurrentUrl()).contains("q=Browser");
        Browser.screenshot(driver, "provider-search");

        driver.findElement(By.linkText("Organisation")).click();
        driver.findElement(By.id("token-name")).sendKeys("ticketing");
        driver.findElement(By.id("issue-token")).click();
        assertThat(driver.findElement(By.id("new-secret")).getText()).startsWith("vgl_");
    }

    @Test
    void anotherProvidersEntryCannotBeEdited() throws Exception {
        var mine = provider("Own Host", "DE", "de");
        var other = provider("Other Host", "DE", "de");
        login(mine.username());
        driver.get(url("/registry/providers/" + other.id()));
        assertThat(driver.findElements(By.id("edit-provider"))).isEmpty();
        driver.get(url("/registry/providers/" + other.id() + "/edit"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("403");
    }

    /** Every visible form control has a label (accessibility). */
    private void assertLabelled() {
        Object unlabelled = ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
                  .map(e => e.name || e.id);""");
        assertThat((List<?>) unlabelled).isEmpty();
    }
}
