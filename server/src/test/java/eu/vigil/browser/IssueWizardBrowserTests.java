package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The issuing wizard as a German issuing officer walks it (issue 12, point 3): a first order to a fresh provider
 * tells the 12-hour prior-information rule as soon as the addressee is chosen and records the prior information in
 * place; a type switch shows that type's fields and keeps what was typed; the language is a choice among those the
 * provider accepts; the review shows the Annex I and nothing is issued before "Issue and seal".
 */
class IssueWizardBrowserTests extends BrowserTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    eu.vigil.registry.CompetentAuthorities authorities;

    @Test
    void aFirstOrderToAFreshProviderThroughTheWizard() throws Exception {
        // A German issuing authority of its own: the demo's bka.officer is not in the test database, and a fresh
        // authority makes this the first order to the provider whatever other tests issued.
        var issuer = withUserAndToken(eu.vigil.removalorder.OrderFixture.authority(authorities, organisations, "DE",
                java.util.EnumSet.of(eu.vigil.registry.AuthorityRole.ISSUE), clock.instant().minus(java.time.Duration.ofDays(1))),
                "de.wizard." + java.util.UUID.randomUUID().toString().substring(0, 8));
        var hsp = provider("Wizard Video", "DE", "de", "en");
        login(issuer.username());
        driver.findElement(By.id("nav-orders")).click();
        driver.findElement(By.id("new-order")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/orders/new"));
        assertThat(driver.findElement(By.cssSelector(".wizard-steps li[aria-current=step]")).getText()).startsWith("1.");
        assertThat(driver.findElements(By.id("urls"))).as("step 1 asks only for type and addressee").isEmpty();

        // Step 1: as soon as the addressee is chosen, the page tells the Art. 3(2) rule (htmx) and offers to record it.
        driver.findElement(By.cssSelector("input[name=orderType][value=TCO_REMOVAL]")).click();
        new Select(driver.findElement(By.id("providerId"))).selectByValue(hsp.id());
        waitUntil(d -> !d.findElements(By.cssSelector("#prior-information-status[data-status=MISSING]")).isEmpty());
        assertThat(driver.findElement(By.id("prior-information-status")).getText())
                .contains("first order to Wizard Video", "12 hours");
        Browser.screenshot(driver, "wizard-1-prior-information-missing");
        driver.findElement(By.id("record-prior-information")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("#prior-information-status[data-status=TOO_RECENT]")).isEmpty());
        assertThat(driver.findElement(By.id("prior-information-recorded")).getText()).contains("Prior information recorded at");
        assertThat(driver.getCurrentUrl()).as("recorded in place").endsWith("/orders/new");
        Browser.screenshot(driver, "wizard-1-prior-information-recorded");
        driver.findElement(By.id("wizard-next")).click();
        waitUntil(d -> !d.findElements(By.id("wizard-review")).isEmpty());

        // Step 2 of a TCO order: reasons, no authority deadline, no territorial scope; the emergency, since the 12 h run.
        assertThat(driver.findElement(By.id("chosen-addressee")).getText()).contains("Wizard Video");
        assertThat(driver.findElements(By.id("reasons-section"))).hasSize(1);
        assertThat(driver.findElements(By.id("deadlineMinutes"))).isEmpty();
        assertThat(driver.findElements(By.id("territorialScope"))).isEmpty();
        assertThat(driver.findElements(By.id("emergency-section"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("#prior-information-status")).getDomAttribute("data-status"))
                .isEqualTo("TOO_RECENT");
        List<String> languages = driver.findElements(By.cssSelector("input[name=language]")).stream()
                .map(e -> e.getDomAttribute("type") + ":" + e.getDomAttribute("value")).toList();
        assertThat(languages).as("the accepted languages as a choice").containsExactly("radio:de", "radio:en");
        driver.findElement(By.id("statementOfReasons")).sendKeys("Das Video verherrlicht den Anschlag und ruft zur Nachahmung auf.");

        // A type switch shows the other type's fields and keeps what was typed.
        driver.findElement(By.id("wizard-change")).click();
        waitUntil(d -> !d.findElements(By.id("wizard-next")).isEmpty());
        driver.findElement(By.cssSelector("input[name=orderType][value=DSA_ART9]")).click();
        driver.findElement(By.id("wizard-next")).click();
        waitUntil(d -> !d.findElements(By.id("wizard-review")).isEmpty());
        assertThat(driver.findElement(By.id("chosen-type")).getText()).contains("DSA Art. 9");
        assertThat(driver.findElements(By.id("reasons-section"))).as("no Art. 2(7) reasons for a DSA order").isEmpty();
        assertThat(driver.findElements(By.id("deadlineMinutes"))).hasSize(1);
        assertThat(driver.findElements(By.id("territorialScope"))).hasSize(1);
        assertThat(driver.findElements(By.id("emergency-section"))).as("no Art. 3(2) rule for a DSA order").isEmpty();
        assertThat(driver.findElement(By.id("statementOfReasons")).getDomProperty("value")).startsWith("Das Video");
        Browser.screenshot(driver, "wizard-2-dsa-fields");
        driver.findElement(By.id("wizard-change")).click();
        waitUntil(d -> !d.findElements(By.id("wizard-next")).isEmpty());
        driver.findElement(By.cssSelector("input[name=orderType][value=TCO_REMOVAL]")).click();
        driver.findElement(By.id("wizard-next")).click();
        waitUntil(d -> !d.findElements(By.id("wizard-review")).isEmpty());

        // Step 2, filled: English among the accepted languages, a justified emergency as the law allows.
        driver.findElement(By.cssSelector("input[name=language][value=en]")).click();
        driver.findElement(By.id("urls")).sendKeys("https://wizard-video.example/v/1 at 01:12\nhttps://wizard-video.example/v/2");
        driver.findElement(By.cssSelector("input[name=reasons][value=INCITEMENT]")).click();
        driver.findElement(By.id("representativeName")).sendKeys("Anna Schmidt");
        driver.findElement(By.id("representativePost")).sendKeys("Kriminalhauptkommissarin");
        driver.findElement(By.id("redressBody")).sendKeys("Verwaltungsgericht Wiesbaden");
        driver.findElement(By.id("redressDeadline")).sendKeys("ein Monat ab Zugang");
        driver.findElement(By.id("emergency")).click();
        driver.findElement(By.id("emergencyJustification")).sendKeys("Aufruf zu einem Anschlag heute Nacht");
        Browser.screenshot(driver, "wizard-2-tco-fields");
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(driver, "wizard-2-tco-fields-390");
        driver.manage().window().setSize(new Dimension(1280, 900));

        // Step 3: the Annex I as it will be sealed; nothing is issued yet.
        wizardReview();
        assertThat(driver.findElements(By.id("annex-i"))).as(driver.findElement(By.tagName("main")).getText()).hasSize(1);
        assertThat(field("A.addressee")).contains("Wizard Video");
        assertThat(field("language")).isEqualTo("en");
        assertThat(field("B.items")).contains("1. https://wizard-video.example/v/1 — at 01:12", "2. https://wizard-video.example/v/2");
        assertThat(field("B.reasons")).contains("incites terrorist offences");
        assertThat(field("A.reference")).isEqualTo("given on sealing");
        assertThat(field("emergency_without_prior_information")).isEqualTo("yes");
        assertThat(field("E.representative_name")).isEqualTo("Anna Schmidt");
        assertThat(driver.findElement(By.id("annex-i")).getText()).doesNotContain("wizard.annex.").doesNotContain("B.items");
        assertThat(ordersTo(hsp)).as("nothing is issued before the review is confirmed").isZero();
        Browser.screenshot(driver, "wizard-3-review");
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(driver, "wizard-3-review-390");
        driver.manage().window().setSize(new Dimension(1280, 900));

        // Going back keeps what was typed.
        driver.findElement(By.id("wizard-edit")).click();
        waitUntil(d -> !d.findElements(By.id("wizard-review")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("input[name=language][value=en]")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("urls")).getDomProperty("value"))
                .isEqualTo("https://wizard-video.example/v/1 at 01:12\nhttps://wizard-video.example/v/2");
        assertThat(driver.findElement(By.id("emergency")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("emergencyJustification")).getDomProperty("value")).startsWith("Aufruf");
        wizardReview();

        String order = wizardIssue();
        WebElement confirmation = driver.findElement(By.id("confirmation"));
        String reference = driver.findElement(By.id("order-reference")).getText();
        assertThat(confirmation.getText()).contains("issued and sent to Wizard Video")
                .contains(reference.substring(reference.lastIndexOf(' ') + 1));
        assertThat(ordersTo(hsp)).isEqualTo(1);
        assertThat(order).matches(".*/orders/[0-9a-f-]{36}$");
        Browser.screenshot(driver, "wizard-4-issued");
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(driver, "wizard-4-issued-390");
    }

    private String field(String key) {
        return driver.findElement(By.cssSelector("#annex-i dd[data-field='" + key + "']")).getText().strip();
    }

    private int ordersTo(Tenant provider) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from removal_order where provider_id = ?::uuid",
                Integer.class, provider.id());
    }
}
