package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import eu.vigil.browser.Accessibility;
import eu.vigil.browser.Browser;
import eu.vigil.identity.OrganisationKind;

/**
 * The post-crisis review in Chromium (R41): Europol's coordinator closes an active crisis on its board, follows the
 * link to the review, is refused an empty review, records it there, and an authority that took part reads the review
 * with its figures, charts and tables, also at 390 px. Screenshots {@code crisis-review-*.png}.
 */
class CrisisReviewBrowserTests extends CrisisBrowserTest {

    @Test
    void theCoordinatorClosesAndRecordsTheReviewAndAParticipantReadsIt() throws Exception {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Review Board");
        Tenant authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "FR", "OCLCTIC Review");
        var api = http().bearer(europol.token());
        String id = api.postJson("/api/v1/crises", Map.of("title", "Stade stream", "observation", "Live stream re-uploads"))
                .json().get("id").get("value").asString();
        clock.advance(Duration.ofMinutes(12));
        api.postJson("/api/v1/crises/" + id + "/steps", Map.of("step", "ACTIVATE", "reason", "Criteria met"));
        clock.advance(Duration.ofMinutes(9));
        http().bearer(authority.token()).postJson("/api/v1/crises/" + id + "/acknowledgement", Map.of());
        clock.advance(Duration.ofMinutes(40));
        http().bearer(authority.token()).postJson("/api/v1/crises/" + id + "/situation-reports",
                Map.of("text", "Copies found on two services"));
        clock.advance(Duration.ofMinutes(170));
        api.postJson("/api/v1/crises/" + id + "/situation-reports", Map.of("text", "Spread contained"));
        clock.advance(Duration.ofMinutes(5));

        login(europol.username());
        driver.get(url("/crises/" + id));
        driver.findElement(By.id("step-CLOSE")).click();
        driver.findElement(By.id("reason")).sendKeys("Spread contained across services");
        driver.findElement(By.id("take-step")).click();
        waitUntil(d -> d.findElement(By.id("crisis-phase")).getText().equals("Closed"));
        driver.findElement(By.id("review-link")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/crises/" + id + "/review"));
        assertThat(driver.findElement(By.id("review-due")).getText()).contains("due by");
        assertThat(driver.findElement(By.id("fig-activation")).getText()).isEqualTo("12 min");
        assertThat(driver.findElement(By.id("fig-first-share")).getText()).isEqualTo("no hash shared");
        assertThat(driver.findElement(By.id("fig-longest-gap")).getText()).startsWith("2 h 50 min");
        assertThat(driver.findElement(By.id("chart-acks-table")).getText())
                .contains(authority.organisation().name() + " ", "9 min");
        Boolean drawn = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var i = document.querySelector('#chart-acks img'); return i.complete && i.naturalWidth === 800;");
        assertThat(drawn).as("the chart image is shown").isTrue();

        driver.findElement(By.id("save-review")).click();
        waitUntil(d -> !d.findElements(By.id("form-errors")).isEmpty());
        assertThat(driver.findElement(By.id("form-errors")).getText()).contains("write the post-crisis review");
        driver.findElement(By.id("review")).sendKeys("Activation was quick; hashes were never shared. "
                + "Next time the first sharer posts at activation.");
        Browser.screenshot(driver, "crisis-review-1-coordinator-writes");
        driver.findElement(By.id("save-review")).click();
        waitUntil(d -> !d.findElements(By.id("review-text")).isEmpty());
        assertThat(driver.findElement(By.id("crisis-phase")).getText()).isEqualTo("Post-crisis review");
        assertThat(driver.findElements(By.id("record-review"))).isEmpty();
        Browser.screenshot(driver, "crisis-review-2-recorded");
        Accessibility.assertNoSeriousViolations(driver, "crisis review");

        login(authority.username());
        driver.get(url("/crises/" + id + "/review"));
        assertThat(driver.findElement(By.id("review-text")).getText()).startsWith("Activation was quick");
        assertThat(driver.findElement(By.id("fig-gaps-over")).getText()).isEqualTo("1");
        assertThat(driver.findElements(By.id("record-review"))).as("a participant reads, only the coordinator writes")
                .isEmpty();
        Browser.screenshot(driver, "crisis-review-3-participant-reads");
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(driver, "crisis-review-4-participant-390");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('chart-reports').scrollIntoView();");
        Browser.screenshot(driver, "crisis-review-5-participant-390-charts");
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0L);
    }
}
