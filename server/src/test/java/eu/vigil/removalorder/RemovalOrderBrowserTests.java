package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import eu.vigil.browser.Browser;
import eu.vigil.browser.BrowserTest;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;

/**
 * Headless Chromium: an authority issues a cross-border order, the provider sees it with its countdown and
 * confirms removal, the host authority sees the scrutiny window, the issuer sees "executed in N min".
 */
class RemovalOrderBrowserTests extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    CompetentAuthorities authorities;



    @Test
    void crossBorderOrderFromIssueToExecution() throws Exception {
        var since = clock.instant().minus(Duration.ofDays(1));
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "FR", EnumSet.of(AuthorityRole.ISSUE), since),
                "ofac.browser." + java.util.UUID.randomUUID().toString().substring(0, 8));
        var host = withUserAndToken(OrderFixture.authority(authorities, organisations, "DE",
                EnumSet.of(AuthorityRole.SCRUTINISE), since), "bnetza.browser." + java.util.UUID.randomUUID().toString().substring(0, 8));
        var hsp = provider("Berlin Video", "DE", "de", "fr");

        login(issuer.username());
        driver.findElement(By.id("nav-orders")).click();
        driver.findElement(By.id("new-order")).click();
        wizardChoose("TCO_REMOVAL", hsp.id());
        driver.findElement(By.cssSelector("input[name=language][value=fr]")).click();
        driver.findElement(By.id("urls")).sendKeys("https://berlin-video.example/v/991 at 00:42\nhttps://berlin-video.example/v/992");
        driver.findElement(By.cssSelector("input[name=reasons][value=INCITEMENT]")).click();
        driver.findElement(By.id("statementOfReasons")).sendKeys("La vidéo glorifie l'attentat du 3 mars et appelle à le reproduire.");
        driver.findElement(By.id("representativeName")).sendKeys("Commandant Martin");
        driver.findElement(By.id("representativePost")).sendKeys("Chef de la plateforme PHAROS");
        driver.findElement(By.id("redressBody")).sendKeys("Tribunal administratif de Paris");
        driver.findElement(By.id("redressDeadline")).sendKeys("deux mois à compter de la réception");
        driver.findElement(By.cssSelector("input[name=emergency]")).click();
        driver.findElement(By.id("emergencyJustification")).sendKeys("Appel à un nouvel attentat dans les 24 heures");
        wizardReview();
        driver.findElement(By.id("issue-order")).click();
        try {
            waitUntil(d -> d.getCurrentUrl().matches(".*/orders/[0-9a-f-]{36}$"));
        } catch (RuntimeException e) {
            Browser.screenshot(driver, "order-issue-failed");
            throw new AssertionError("not issued: " + driver.findElement(By.tagName("main")).getText(), e);
        }
        String orderUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("clock-state")).getText()).contains("On time");
        assertThat(driver.findElement(By.id("scrutiny-window")).getText()).contains("DE");
        Browser.screenshot(driver, "order-issued");

        clock.advance(Duration.ofMinutes(7));
        login(hsp.username());
        assertThat(driver.findElement(By.id("count-open-orders")).getText()).isEqualTo("1");
        driver.findElement(By.id("nav-orders")).click();
        waitUntil(d -> d.findElement(By.tagName("h1")).getText().startsWith("Inbox"));
        driver.findElement(By.cssSelector("#orders tbody tr.order-row a")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("#clock-state .countdown")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#clock-state .countdown")).getText()).isNotBlank();
        driver.findElement(By.id("acknowledge")).click();
        waitUntil(d -> d.findElements(By.id("acknowledge")).isEmpty()
                && d.getPageSource().contains("Acknowledgement of receipt"));
        driver.findElements(By.cssSelector("#order-items input[name=position]")).forEach(org.openqa.selenium.WebElement::click);
        Browser.screenshot(driver, "order-inbox");
        driver.findElement(By.id("confirm-removal")).click();
        waitUntil(d -> d.findElement(By.id("clock-state")).getText().contains("Executed"));
        assertThat(driver.findElement(By.id("clock-state")).getText()).contains("Executed in 7 min");

        login(host.username());
        driver.get(orderUrl);
        assertThat(driver.findElement(By.id("scrutiny-window")).getText()).contains("open");
        driver.findElement(By.id("start-scrutiny")).click();
        waitUntil(d -> d.findElement(By.id("scrutiny-state")).getText().contains("own initiative"));
        Browser.screenshot(driver, "order-host-authority");

        login(issuer.username());
        driver.get(orderUrl);
        assertThat(driver.findElement(By.id("clock-state")).getText()).contains("Executed in 7 min");
        assertThat(driver.findElement(By.id("order-answers")).getText())
                .contains("Acknowledgement of receipt", "Annex II: feedback on removal or disabling")
                .as("no raw enum names (issue 12 point 5)").doesNotContain("ACKNOWLEDGEMENT", "FEEDBACK");
    }
}
