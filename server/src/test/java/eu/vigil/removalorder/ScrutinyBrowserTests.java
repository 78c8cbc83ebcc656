package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import eu.vigil.browser.Browser;
import eu.vigil.browser.BrowserTest;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;

/**
 * Headless Chromium, issue 12 broken point 1: on a cross-border copy the host Member State's authority that does
 * not hold role (b) is offered no scrutiny step (it used to be offered one and got a bare 403), while the role-(b)
 * authority starts the scrutiny, sends the notice of intention and only then is offered the decision.
 */
class ScrutinyBrowserTests extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    CompetentAuthorities authorities;

    @Test
    void onlyTheRoleBAuthorityOfTheHostMemberStateIsOfferedTheScrutinySteps() throws Exception {
        var since = clock.instant().minus(Duration.ofDays(1));
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "LU",
                EnumSet.of(AuthorityRole.ISSUE), since), "lu.browser." + tag);
        var scrutiniser = withUserAndToken(OrderFixture.authority(authorities, organisations, "SK",
                EnumSet.of(AuthorityRole.SCRUTINISE), since), "sk.b." + tag);
        var otherHost = withUserAndToken(OrderFixture.authority(authorities, organisations, "SK",
                EnumSet.of(AuthorityRole.SPECIFIC_MEASURES), since), "sk.c." + tag);
        var hsp = provider("Košice Clips " + tag, "SK", "sk", "en");
        var issued = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(java.util.UUID.fromString(hsp.id()), "en", true));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String orderUrl = url("/orders/" + issued.json().get("order").get("id").asString());

        login(otherHost.username());
        driver.get(orderUrl);
        assertThat(driver.findElement(By.id("scrutiny-state")).getText()).isNotBlank();
        assertThat(driver.findElements(By.id("start-scrutiny"))).as("no role (b), no scrutiny step").isEmpty();
        assertThat(driver.findElements(By.cssSelector("form[action$='/scrutiny']"))).isEmpty();
        Browser.screenshot(driver, "scrutiny-host-without-role-b");

        login(scrutiniser.username());
        driver.get(orderUrl);
        driver.findElement(By.id("start-scrutiny")).click();
        waitUntil(d -> !d.findElements(By.id("notice-of-intention")).isEmpty());
        assertThat(driver.findElement(By.id("scrutiny-state")).getText()).contains("own initiative");
        assertThat(driver.findElements(By.id("start-scrutiny"))).isEmpty();
        assertThat(driver.findElements(By.id("scrutiny-decision"))).as("the notice comes first (Art. 4(5))").isEmpty();
        assertThat(driver.findElement(By.id("notice-first")).getText()).contains("Art. 4(5)");
        driver.findElement(By.id("notice")).sendKeys("We intend to find no infringement.");
        driver.findElement(By.cssSelector("#notice-of-intention button")).click();
        waitUntil(d -> !d.findElements(By.id("scrutiny-decision")).isEmpty());
        Browser.screenshot(driver, "scrutiny-role-b-authority");

        login(otherHost.username());
        driver.get(orderUrl);
        assertThat(driver.findElements(By.id("scrutiny-decision"))).isEmpty();
        assertThat(driver.findElements(By.id("notice-of-intention"))).isEmpty();
        assertThat(http().bearer(otherHost.token()).postJson("/api/v1/removal-orders/"
                + orderUrl.substring(orderUrl.lastIndexOf('/') + 1) + "/scrutiny/decision",
                Map.of("outcome", "NO_INFRINGEMENT", "reasons", "x")).status()).as("the API refuses the same").isEqualTo(403);
    }
}
