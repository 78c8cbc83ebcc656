package eu.vigil.cli;

import static eu.vigil.cli.CliRun.vigil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens a freshly simulated and analysed report in Debian's headless Chromium and checks that every
 * plot was loaded and drawn. Skipped where chromium or chromedriver is missing, except with
 * {@code CI=true}, where that fails.
 */
class ReportInBrowserTests {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  @Test
  void reportOpensInHeadlessChromiumWithEveryPlotRendered(@TempDir Path dir) throws Exception {
    boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("chromium and chromium-driver must be installed in CI");
    }
    assumeTrue(installed, "needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
    Path data = dir.resolve("data");
    Path report = dir.resolve("report");
    assertThat(vigil("amplification", "simulate", "--out", data.toString(), "--seed", "3").exitCode()).isZero();
    CliRun analyze = vigil("amplification", "analyze", "--data", data.toString(), "--out", report.toString(),
        "--config", AmplificationCommandTests.fastConfig(dir, 3).toString());
    assertThat(analyze.exitCode()).as(analyze.err()).isZero();
    long plotFiles;
    try (var files = Files.list(report.resolve("plots"))) {
      plotFiles = files.filter(f -> f.toString().endsWith(".svg")).count();
    }

    ChromeDriver driver = start(dir.resolve("profile"));
    try {
      driver.get(report.resolve("report.html").toUri().toString());

      assertThat(driver.getTitle()).isNotBlank();
      List<WebElement> images = driver.findElements(By.cssSelector("figure img"));
      assertThat(images).hasSize((int) plotFiles).hasSizeGreaterThanOrEqualTo(7);
      for (WebElement img : images) {
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
            "const i = arguments[0]; i.scrollIntoView(); return {complete: i.complete, w: i.naturalWidth,"
                + " h: i.naturalHeight, shown: i.getBoundingClientRect().width};", img);
        assertThat(state).as("plot %s", img.getAttribute("src"))
            .containsEntry("complete", true);
        assertThat(((Number) state.get("w")).intValue()).as("natural width of %s", img.getAttribute("src")).isPositive();
        assertThat(((Number) state.get("h")).intValue()).as("natural height of %s", img.getAttribute("src")).isPositive();
        assertThat(((Number) state.get("shown")).doubleValue()).as("drawn width of %s", img.getAttribute("src")).isPositive();
      }
      assertThat(driver.findElement(By.tagName("body")).getText()).contains("Art. 34");
      ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Path shots = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(shots.resolve("amplification-report.png"), png);
    } finally {
      driver.quit();
    }
  }

  private static ChromeDriver start(Path profile) throws Exception {
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--allow-file-access-from-files", "--window-size=1280,1600", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
