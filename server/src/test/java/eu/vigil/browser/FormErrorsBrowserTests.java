package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;

/**
 * Headless Chromium, issue 12 broken point 5: a refused form stays at its page's address, the error summary has
 * the focus and names fields by their labels, each field shows its message and keeps what was typed.
 */
class FormErrorsBrowserTests extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    CompetentAuthorities authorities;

    @Test
    void theIssueFormRefusedKeepsItsAddressFocusesTheSummaryAndKeepsWhatWasTyped() throws Exception {
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "AT", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1))), "at.browser.errors." + java.util.UUID.randomUUID().toString().substring(0, 8));
        var hsp = provider("Vienna Errors Host", "AT", "de");
        login(issuer.username());
        wizardChoose("TCO_REMOVAL", hsp.id());
        assertThat(driver.findElement(By.id("language")).isSelected()).as("the one accepted language is chosen").isTrue();
        driver.findElement(By.id("urls")).sendKeys("not a url");
        driver.findElement(By.id("statementOfReasons")).sendKeys("too short");
        driver.findElement(By.id("representativeName")).sendKeys("Anna Gruber");
        driver.findElement(By.id("representativePost")).sendKeys("Referentin");
        driver.findElement(By.id("redressBody")).sendKeys("Bundesverwaltungsgericht");
        driver.findElement(By.id("redressDeadline")).sendKeys("vier Wochen");
        driver.findElement(By.cssSelector("input[name=shareWithEuropol]")).click();
        driver.findElement(By.id("wizard-review")).click();
        waitUntil(d -> !d.findElements(By.id("form-errors")).isEmpty());

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/orders/new"));
        assertThat(activeId()).isEqualTo("form-errors");
        String summary = driver.findElement(By.id("form-errors")).getText();
        assertThat(summary).contains("Statement of reasons", "URLs, entry 1", "Reasons under Art. 2(7)")
                .doesNotContain("statementOfReasons").doesNotContain("items[0]");
        WebElement statement = driver.findElement(By.id("statementOfReasons"));
        assertThat(statement.getDomProperty("value")).isEqualTo("too short");
        assertThat(statement.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(statement.getDomAttribute("aria-describedby")).isEqualTo("statementOfReasons-error");
        assertThat(driver.findElement(By.id("statementOfReasons-error")).getText()).contains("20 characters");
        assertThat(driver.findElement(By.id("urls")).getDomProperty("value")).isEqualTo("not a url");
        assertThat(driver.findElement(By.cssSelector("input[name=providerId]")).getDomProperty("value")).isEqualTo(hsp.id());
        assertThat(driver.findElement(By.cssSelector("input[name=shareWithEuropol]")).isSelected()).isTrue();
        Browser.screenshot(driver, "form-errors-issue");

        driver.findElement(By.cssSelector("#form-errors a[href='#statementOfReasons']")).click();
        assertThat(activeId()).as("the summary's link moves to the field").isEqualTo("statementOfReasons");
    }

    @Test
    void theProviderFormRefusedKeepsItsAddressFocusesTheSummaryAndKeepsWhatWasTyped() throws Exception {
        var hsp = provider("Errors Browser Host", "FR", "fr");
        login(hsp.username());
        String edit = url("/registry/providers/" + hsp.id() + "/edit");
        driver.get(edit);
        clock.advance(Duration.ofMinutes(5));
        WebElement languages = driver.findElement(By.id("languages0"));
        languages.clear();
        languages.sendKeys("fr xx");
        driver.findElement(By.id("legalRepName")).sendKeys("Rep SARL");
        driver.findElement(By.id("save-provider")).click();
        waitUntil(d -> !d.findElements(By.id("form-errors")).isEmpty());

        assertThat(driver.getCurrentUrl()).isEqualTo(edit);
        assertThat(activeId()).isEqualTo("form-errors");
        String summary = driver.findElement(By.id("form-errors")).getText();
        assertThat(summary).contains("Languages, entry 1", "Member State of the legal representative")
                .doesNotContain("contactPoints").doesNotContain("legalRepresentative.");
        languages = driver.findElement(By.id("languages0"));
        assertThat(languages.getDomProperty("value")).isEqualTo("fr xx");
        assertThat(languages.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(languages.getDomAttribute("aria-describedby")).isEqualTo("languages0-error lang-help");
        assertThat(driver.findElement(By.id("languages0-error")).getText()).contains("'xx'");
        assertThat(driver.findElement(By.id("legalRepName")).getDomProperty("value")).isEqualTo("Rep SARL");
        Browser.screenshot(driver, "form-errors-provider");
    }

    private String activeId() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement && document.activeElement.id;");
    }
}
