package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import eu.vigil.browser.Browser;
import eu.vigil.browser.BrowserTest;
import eu.vigil.hashing.ExactHashes;
import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.pdq.PdqHasher;

/**
 * Headless Chromium: a provider creates a bank, adds the hash of a photo, and finds an edited copy by image; the
 * sharing modes are explained where chosen and shown, and the match test shows the image and says why it matched.
 */
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

    @Test
    void sharingModesAreExplainedAndTheMatchTestShowsTheImageAndWhyItMatched() throws Exception {
        var hsp = provider("Bank Reasons Host", "DE", "de");
        Path original = BankFixture.testImage("pdq/images/bridge-mods/aaa-orig.jpg");
        Path edited = BankFixture.testImage("pdq/images/bridge-mods/blur-a-little.jpg");
        PdqHash hash = new PdqHasher().hash(new ImageIoDecoder().decode(original)).hash();
        int distance = hash.distance(new PdqHasher().hash(new ImageIoDecoder().decode(edited)).hash());
        assertThat(distance).isBetween(1, 40);
        String sha256 = ExactHashes.sha256(java.nio.file.Files.readAllBytes(edited)).toText();
        String bankName = "Reasons bank " + System.nanoTime();

        login(hsp.username());
        driver.get(url("/banks"));
        // Each sharing mode is a radio button described in words by aria-describedby.
        for (String mode : new String[] {"PRIVATE", "SHARED", "PUBLISHED"}) {
            WebElement radio = driver.findElement(By.cssSelector("input[type=radio][name=sharing][value=" + mode + "]"));
            String description = driver.findElement(By.id(radio.getDomAttribute("aria-describedby"))).getText();
            assertThat(description).as(mode).isNotBlank();
        }
        assertThat(driver.findElement(By.id("sharing")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("sharing-PUBLISHED-explain")).getText())
                .contains("Every organisation on Vigil can see this bank, match against it and download it");
        assertThat(driver.findElement(By.id("sharing-SHARED-explain")).getText()).contains("through the bank API");
        driver.manage().window().setSize(new Dimension(390, 844));
        assertNoHorizontalScroll("bank list");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('sharing-modes').scrollIntoView()");
        Browser.screenshot(driver, "bank-sharing-modes-390");
        driver.manage().window().setSize(new Dimension(1280, 900));

        driver.findElement(By.id("name")).sendKeys(bankName);
        driver.findElement(By.id("purpose")).sendKeys("Explain matches");
        driver.findElement(By.cssSelector("input[name=signalTypes][value=SHA256]")).click();
        driver.findElement(By.cssSelector("input[name=signalTypes][value=MD5]")).click();
        WebElement threshold = driver.findElement(By.id("pdqThreshold"));
        threshold.clear();
        threshold.sendKeys("40");
        driver.findElement(By.cssSelector("label[for=sharing-PUBLISHED]")).click();
        driver.findElement(By.id("create-bank")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/banks/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.id("bank-sharing")).getText())
                .startsWith("Published — Every organisation on Vigil can see this bank");

        // The kinds are offered in a fixed order, PDQ first, whatever the order of the bank's set.
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("signalType"))).getOptions()
                .stream().map(WebElement::getText).toList()).containsExactly("PDQ", "MD5", "SHA256");
        driver.findElement(By.id("value")).sendKeys(hash.toText());
        driver.findElement(By.id("add-entry")).click();
        waitUntil(d -> d.findElement(By.id("entries")).getText().contains(hash.toText()));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("signalType"))).selectByValue("SHA256");
        driver.findElement(By.id("value")).sendKeys(sha256);
        driver.findElement(By.id("add-entry")).click();
        waitUntil(d -> d.findElement(By.id("entries")).getText().contains(sha256));

        driver.get(url("/match-test"));
        driver.findElement(By.id("image")).sendKeys(edited.toAbsolutePath().toString());
        driver.findElement(By.id("match-submit")).click();
        waitUntil(d -> !d.findElements(By.id("match-result")).isEmpty());

        WebElement thumbnail = driver.findElement(By.id("match-thumbnail"));
        assertThat(thumbnail.isDisplayed()).isTrue();
        assertThat(thumbnail.getDomAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(thumbnail.getDomAttribute("alt")).isEqualTo("Thumbnail of the uploaded image");
        Number natural = (Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", thumbnail);
        assertThat(natural.intValue()).isBetween(1, 200);

        assertThat(reasonIn("PDQ", bankName)).isEqualTo("distance " + distance + " ≤ threshold 40");
        assertThat(reasonIn("SHA256", bankName)).isEqualTo("identical SHA-256");
        assertThat(driver.findElement(By.cssSelector("#outcome-MD5 .match-miss")).getText())
                .matches("No match: no identical MD5 \\(\\d+ banks? searched\\)\\.");
        Browser.screenshot(driver, "bank-match-reasons");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('outcome-PDQ').scrollIntoView()");
        Browser.screenshot(driver, "bank-match-reasons-hits");

        driver.manage().window().setSize(new Dimension(390, 844));
        assertNoHorizontalScroll("match test");
        assertThat(thumbnail.isDisplayed()).isTrue();
        Browser.screenshot(driver, "bank-match-reasons-390");
        // On a phone each hit is a block of labelled lines: the reason is on screen, not in a scrolled-away column.
        Number right = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#outcome-PDQ td.reason').getBoundingClientRect().right");
        assertThat(right.doubleValue()).isLessThanOrEqualTo(390);
        assertThat(reasonIn("PDQ", bankName)).isEqualTo("distance " + distance + " ≤ threshold 40");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('outcome-PDQ').scrollIntoView()");
        Browser.screenshot(driver, "bank-match-reasons-390-hits");
    }

    /** The text of the reason cell in the row of {@code bank} in the outcome of {@code kind}. */
    private String reasonIn(String kind, String bank) {
        for (WebElement row : driver.findElements(By.cssSelector("#outcome-" + kind + " table.matches tbody tr"))) {
            if (row.getText().contains(bank)) {
                return row.findElement(By.cssSelector("td.reason")).getText();
            }
        }
        throw new AssertionError("no " + kind + " hit of " + bank + " in " + driver.findElement(By.id("match-result")).getText());
    }

    private void assertNoHorizontalScroll(String page) {
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("horizontal overflow of the " + page + " at 390 px").isLessThanOrEqualTo(0);
    }
}
