package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import eu.vigil.browser.Accessibility;
import eu.vigil.browser.Browser;
import eu.vigil.client.BankReplica;
import eu.vigil.client.VigilClient;
import eu.vigil.hashing.PdqHash;
import eu.vigil.identity.OrganisationKind;

/**
 * Issue 13, "a hash shared by one provider is matched by the other's replica": provider A shares a PDQ hash on the
 * crisis board, provider B's SDK replica follows the crisis bank and matches a near copy, B marks the item found and
 * then removed on its board, and A's open board shows both without reload. Screenshots {@code crisis-list-*.png}.
 */
class CrisisListBrowserTests extends CrisisBrowserTest {

    private WebDriver other;

    @AfterEach
    void closeOther() {
        if (other != null) {
            other.quit();
        }
    }

    @Test
    void aHashSharedByOneProviderIsMatchedByTheOthersReplicaAndItsRemovalShowsLive() throws Exception {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Lists");
        Tenant a = optedIn("Clip Host");
        Tenant b = optedIn("Photo Host");
        String id = http().bearer(a.token()).postJson("/api/v1/crises", Map.of("title", "Attack clip",
                "observation", "Edited copies of an attack clip")).json().get("id").get("value").asString();
        assertThat(http().bearer(europol.token()).postJson("/api/v1/crises/" + id + "/steps",
                Map.of("step", "ACTIVATE", "reason", "Spreading across services")).status()).isEqualTo(200);
        String pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

        login(a.username());
        driver.get(url("/crises/" + id));
        assertThat(driver.findElement(By.id("items-summary")).getText()).contains("On the list: 0;");
        new Select(driver.findElement(By.id("signalType"))).selectByValue("PDQ");
        driver.findElement(By.id("item-value")).sendKeys(pdq);
        driver.findElement(By.id("share-item-submit")).click();
        waitUntil(d -> d.findElement(By.id("crisis-items-table")).getText().contains("f8f8f0ce…4e9c9b22"));
        assertThat(driver.findElement(By.id("confirmation")).getText()).contains("Items shared");
        assertThat(driver.findElement(By.id("items-summary")).getText()).contains("On the list: 1;");
        scrollToList(driver);
        Browser.screenshot(driver, "crisis-list-1-provider-a-shared");
        ((JavascriptExecutor) driver).executeScript("window.vigilBoardMarker = 'not reloaded';");

        String bank = driver.findElement(By.id("crisis-bank")).getText();
        BankReplica replica = new BankReplica(new VigilClient("http://localhost:" + port, b.token()), List.of(bank));
        assertThat(replica.sync()).isEqualTo(1);
        PdqHash edited = PdqHash.parse(flip(pdq, 9));
        var matches = replica.match(edited);
        assertThat(matches).as("B's replica matches an edited copy").hasSize(1);
        assertThat(matches.getFirst().distance()).isEqualTo(9);
        long entry = matches.getFirst().entryId();

        other = Browser.start();
        signIn(other, b.username());
        other.get(url("/crises/" + id));
        assertThat(other.findElements(By.id("withdraw-" + entry))).as("B did not share it").isEmpty();
        other.findElement(By.id("found-" + entry)).click();
        waitIn(other, d -> d.findElement(By.id("item-" + entry)).getText().contains("Found"));
        assertThat(other.findElements(By.id("found-" + entry))).isEmpty();
        other.findElement(By.id("removed-" + entry)).click();
        waitIn(other, d -> d.findElement(By.id("item-" + entry)).getText().contains(b.organisation().name() + ": Removed"));
        assertThat(other.findElements(By.id("removed-" + entry))).as("REMOVED is final").isEmpty();
        scrollToList(other);
        Browser.screenshot(other, "crisis-list-2-provider-b-removed");

        waitUntil(d -> d.findElement(By.id("item-" + entry)).getText().contains(b.organisation().name() + ": Removed"));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.vigilBoardMarker;")).isEqualTo("not reloaded");
        assertThat(driver.findElement(By.id("items-totals")).getText()).contains(b.organisation().name() + " 0 1 1");
        scrollToList(driver);
        Browser.screenshot(driver, "crisis-list-3-provider-a-sees-removal");
        Accessibility.assertNoSeriousViolations(driver, "crisis board with its hash list");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        scrollToList(driver);
        Browser.screenshot(driver, "crisis-list-4-narrow");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('crisis-items-table').scrollIntoView();");
        Browser.screenshot(driver, "crisis-list-5-narrow-items");
    }

    private static void scrollToList(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('crisis-items').scrollIntoView();");
    }

    /** A PDQ hash at exactly {@code bits} Hamming distance (flips the lowest bits). */
    private static String flip(String hex, int bits) {
        char[] c = hex.toCharArray();
        for (int bit = 0; bit < bits; bit++) {
            int pos = c.length - 1 - bit / 4;
            c[pos] = Character.forDigit(Character.digit(c[pos], 16) ^ (1 << (bit % 4)), 16);
        }
        return new String(c);
    }
}
