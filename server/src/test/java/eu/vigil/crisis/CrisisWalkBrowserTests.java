package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import eu.vigil.browser.Browser;
import eu.vigil.client.BankReplica;
import eu.vigil.client.VigilClient;
import eu.vigil.hashing.PdqHash;
import eu.vigil.identity.OrganisationKind;

/**
 * Issue 13's walk in three Chromium windows, one per party: provider A raises the alert from the crisis page,
 * Europol's coordinator activates it, both providers' open boards turn active without reload and both acknowledge
 * while the coordinator's roster follows live; A shares a PDQ hash on the board, B's SDK replica matches an edited
 * copy and B marks it removed, which A's board shows live; the coordinator closes the crisis and records the review,
 * and A's board follows to the post-crisis review. Screenshots {@code crisis-walk-*.png}.
 */
class CrisisWalkBrowserTests extends CrisisBrowserTest {

    private WebDriver other;
    private WebDriver coordinator;

    @AfterEach
    void closeWindows() {
        for (WebDriver w : new WebDriver[] {other, coordinator}) {
            if (w != null) {
                w.quit();
            }
        }
    }

    @Test
    void alertActivationTwoAcknowledgementsASharedHashMatchedByTheOthersReplicaClosureAndReview() throws Exception {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Walk");
        Tenant a = optedIn("Walk Stream Host");
        Tenant b = optedIn("Walk Photo Host");

        login(a.username());
        driver.findElement(By.id("nav-crises")).click();
        driver.findElement(By.id("title")).sendKeys("Attack stream re-uploads");
        driver.findElement(By.id("observation")).sendKeys("Re-uploads of an attack's live stream on our service.");
        driver.findElement(By.id("raise")).click();
        waitIn(driver, d -> d.getCurrentUrl().matches(".*/crises/[0-9a-f-]{36}$"));
        String board = driver.getCurrentUrl();
        String id = board.substring(board.lastIndexOf('/') + 1);
        mark(driver);

        other = Browser.start();
        signIn(other, b.username());
        other.get(board);
        assertThat(other.findElement(By.id("crisis-phase")).getText()).isEqualTo("Alert");
        mark(other);

        coordinator = Browser.start();
        signIn(coordinator, europol.username());
        coordinator.get(board);
        coordinator.findElement(By.id("step-ACTIVATE")).click();
        coordinator.findElement(By.id("reason")).sendKeys("Criteria met: the stream spreads across platforms");
        coordinator.findElement(By.id("take-step")).click();
        waitIn(coordinator, d -> d.findElement(By.id("crisis-phase")).getText().equals("Active"));

        for (WebDriver provider : List.of(driver, other)) {
            waitIn(provider, d -> d.findElement(By.id("crisis-phase")).getText().equals("Active"));
            assertThat(marked(provider)).as("the board turned active without reload").isTrue();
            provider.findElement(By.id("acknowledge-crisis")).click();
            waitIn(provider, d -> d.findElements(By.id("acknowledge-crisis")).isEmpty());
        }
        waitIn(coordinator, d -> d.findElement(By.id("crisis-roster")).getText()
                .contains(a.organisation().name() + " · acknowledged")
                && d.findElement(By.id("crisis-roster")).getText().contains(b.organisation().name() + " · acknowledged"));
        Browser.screenshot(coordinator, "crisis-walk-1-both-acknowledged");

        String pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
        mark(driver);
        new Select(driver.findElement(By.id("signalType"))).selectByValue("PDQ");
        driver.findElement(By.id("item-value")).sendKeys(pdq);
        driver.findElement(By.id("share-item-submit")).click();
        waitIn(driver, d -> d.findElement(By.id("crisis-items-table")).getText().contains("f8f8f0ce…4e9c9b22"));
        String bank = driver.findElement(By.id("crisis-bank")).getText();
        mark(driver);

        BankReplica replica = new BankReplica(new VigilClient("http://localhost:" + port, b.token()), List.of(bank));
        assertThat(replica.sync()).isEqualTo(1);
        var matches = replica.match(PdqHash.parse("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9a55"));
        assertThat(matches).as("B's replica matches a copy a few bits away").hasSize(1);
        long entry = matches.getFirst().entryId();
        other.navigate().refresh();
        other.findElement(By.id("removed-" + entry)).click();
        waitIn(other, d -> d.findElement(By.id("item-" + entry)).getText().contains(b.organisation().name() + ": Removed"));
        waitIn(driver, d -> d.findElement(By.id("item-" + entry)).getText().contains(b.organisation().name() + ": Removed"));
        assertThat(marked(driver)).as("A's board learnt the removal without reload").isTrue();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('crisis-items').scrollIntoView();");
        Browser.screenshot(driver, "crisis-walk-2-sharer-sees-removal");

        coordinator.navigate().refresh();
        coordinator.findElement(By.id("step-CLOSE")).click();
        coordinator.findElement(By.id("reason")).sendKeys("No new copies for two hours");
        coordinator.findElement(By.id("take-step")).click();
        waitIn(coordinator, d -> d.findElement(By.id("crisis-phase")).getText().equals("Closed"));
        waitIn(driver, d -> d.findElement(By.id("crisis-phase")).getText().equals("Closed"));
        coordinator.findElement(By.id("review-link")).click();
        waitIn(coordinator, d -> d.getCurrentUrl().endsWith("/crises/" + id + "/review"));
        assertThat(coordinator.findElement(By.id("fig-first-share")).getText()).isNotEqualTo("no hash shared");
        coordinator.findElement(By.id("review")).sendKeys("Quick activation; the first hash reached the other "
                + "provider's replica at once and the copy was removed.");
        coordinator.findElement(By.id("save-review")).click();
        waitIn(coordinator, d -> !d.findElements(By.id("review-text")).isEmpty());
        Browser.screenshot(coordinator, "crisis-walk-3-review-recorded");
        waitIn(driver, d -> d.findElement(By.id("crisis-phase")).getText().equals("Post-crisis review"));
        assertThat(driver.findElements(By.id("withdraw-" + entry))).as("a closed crisis's list is for reading").isEmpty();
        assertThat(other.findElements(By.id("share-item-submit"))).isEmpty();
        Browser.screenshot(driver, "crisis-walk-4-provider-board-after-review");
    }

}
