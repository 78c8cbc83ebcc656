package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import eu.vigil.browser.Browser;
import eu.vigil.browser.BrowserTest;
import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.pdq.PdqHasher;

/** Headless Chromium: a provider creates a bank, adds the hash of a photo, and finds an edited copy by image. */
class BankBrowserTests extends BrowserTest {

    @Test
    void providerBuildsABankAndMatchesAnEditedPhoto() throws Exception {
        var hsp = provider("Bank Browser Host", "DE", "de");
        Path original = BankFixture.testImage("pdq/images/bridge-mods/aaa-orig.jpg");
        Path edited = BankFixture.testImage("pdq/images/bridge-mods/blur-a-little.jpg");
        String hash = new PdqHasher().hash(new ImageIoDecoder().decode(original)).hash().toText();

        login(hsp.username());
        driver.findElement(By.id("nav-banks")).click();
        driver.findElement(By.id("name")).sendKeys("Known terrorist videos (stills)");
        driver.findElement(By.id("purpose")).sendKeys("Stop re-uploads of removed content");
        driver.findElement(By.id("create-bank")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/banks/[0-9a-f-]{36}$"));
        String bankUrl = driver.getCurrentUrl();

        driver.findElement(By.id("value")).sendKeys(hash);
        driver.findElement(By.id("add-entry")).click();
        waitUntil(d -> d.findElement(By.id("entries")).getText().contains(hash));
        Browser.screenshot(driver, "bank-page");

        driver.get(url("/match-test"));
        driver.findElement(By.id("image")).sendKeys(edited.toAbsolutePath().toString());
        driver.findElement(By.id("match-submit")).click();
        waitUntil(d -> !d.findElements(By.id("match-result")).isEmpty());
        String result = driver.findElement(By.id("match-result")).getText();
        assertThat(result).contains("Known terrorist videos (stills)");
        Browser.screenshot(driver, "bank-match-test");

        // An import with a bad row: the page polls the running import, then shows the report with the bad row.
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("bank-import", ".csv");
        StringBuilder rows = new StringBuilder("signal_type,value,labels\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 5_000; i++) {
            rows.append("PDQ,").append(BankFixture.randomPdq(random)).append(",TVE-3\n");
        }
        rows.append("PDQ,too-short,TVE-3\n");
        java.nio.file.Files.writeString(csv, rows);
        driver.get(bankUrl + "/import");
        driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.id("import-submit")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/imports/"));
        waitUntil(d -> !d.findElements(By.id("import-report")).isEmpty());
        assertThat(driver.findElement(By.id("import-report")).getText()).contains("5,000 added").contains("1 refused");
        assertThat(driver.findElement(By.id("import-errors")).getText()).contains("5001");
        Browser.screenshot(driver, "bank-import-report");
        java.nio.file.Files.deleteIfExists(csv);
    }
}
