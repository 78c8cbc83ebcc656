package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.IssueOutcome;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.removalorder.RemovalOrder;

/**
 * Headless Chromium, issue 12 point 5: an officer switches the pages to German, then French, on an order's page;
 * the choice survives logging out and in; choosing another time zone changes the footer and the order's times.
 */
class LanguageAndTimeBrowserTests extends BrowserTest {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    IssuingRemovalOrders issuing;

    private String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    private String offsetLabel(String zone) {
        return zone + " (UTC" + DateTimeFormatter.ofPattern("xxx").format(clock.instant().atZone(ZoneId.of(zone)))
                + ")";
    }

    private OffsetDateTime firstHistoryTime() {
        return OffsetDateTime.parse(driver.findElement(By.cssSelector("#order-history time")).getText(), STAMP);
    }

    @Test
    void anOfficerSwitchesToGermanThenFrenchAndChoosesAnotherTimeZone() throws Exception {
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "DE",
                EnumSet.of(AuthorityRole.ISSUE), clock.instant().minus(Duration.ofDays(1))),
                "lang.browser." + UUID.randomUUID().toString().substring(0, 8));
        var hsp = provider("Kestrel Video", "DE", "de", "en");
        RemovalOrder order = ((IssueOutcome.Issued) issuing.issue(issuer.admin(),
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true))).order();
        String orderPage = url("/orders/" + order.id());

        login(issuer.username());
        driver.get(orderPage);
        assertThat(lang()).isEqualTo("en");
        assertThat(driver.findElement(By.id("order-reference")).getText()).startsWith("Removal order (TCO Art. 3)");
        assertThat(driver.findElement(By.id("footer-zone")).getText())
                .as("the organisation's Member State, not the browser's zone")
                .startsWith("Times in " + offsetLabel("Europe/Berlin"));
        OffsetDateTime inBerlin = firstHistoryTime();
        assertThat(inBerlin.getOffset()).isEqualTo(clock.instant().atZone(ZoneId.of("Europe/Berlin")).getOffset());

        driver.findElement(By.id("language-de")).click();
        waitUntil(d -> "de".equals(lang()));
        assertThat(driver.getCurrentUrl()).as("back on the same page").isEqualTo(orderPage);
        assertThat(driver.findElement(By.id("order-reference")).getText()).startsWith("Entfernungsanordnung (TCO Art. 3)");
        assertThat(driver.findElement(By.id("footer-zone")).getText()).startsWith("Zeiten in " + offsetLabel("Europe/Berlin"));
        assertThat(driver.findElement(By.id("language-de")).getAttribute("aria-pressed")).isEqualTo("true");
        Browser.screenshot(driver, "language-de-order");

        driver.findElement(By.id("language-fr")).click();
        waitUntil(d -> "fr".equals(lang()));
        assertThat(driver.getCurrentUrl()).isEqualTo(orderPage);
        assertThat(driver.findElement(By.id("order-reference")).getText()).startsWith("Injonction de retrait (TCO, art. 3)");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Content items");

        driver.findElement(By.cssSelector("header .who form button")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
        login(issuer.username());
        assertThat(lang()).as("remembered for the person, not the session").isEqualTo("fr");
        Browser.screenshot(driver, "language-fr-dashboard");

        driver.findElement(By.id("change-zone")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/account/preferences"));
        new Select(driver.findElement(By.id("pref-zone"))).selectByValue("Europe/Lisbon");
        driver.findElement(By.id("save-preferences")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/account/preferences?saved"));
        assertThat(driver.findElement(By.id("notice")).getText()).contains("Europe/Lisbon");
        assertThat(driver.findElement(By.id("footer-zone")).getText()).startsWith("Heures en " + offsetLabel("Europe/Lisbon"));
        Browser.screenshot(driver, "preferences-lisbon");

        driver.get(orderPage);
        OffsetDateTime inLisbon = firstHistoryTime();
        assertThat(inLisbon.toInstant()).as("the same moment").isEqualTo(inBerlin.toInstant());
        assertThat(inLisbon.getOffset()).isEqualTo(clock.instant().atZone(ZoneId.of("Europe/Lisbon")).getOffset())
                .isNotEqualTo(inBerlin.getOffset());
        assertThat(inLisbon.toLocalTime()).isEqualTo(inBerlin.toLocalTime().minusHours(1));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("order-history")));
        Browser.screenshot(driver, "order-times-lisbon");
    }
}
