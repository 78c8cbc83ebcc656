package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 12, broken point 3, in real Chromium: the platform administrator onboards a provider from the pages,
 * corrects its entry while it has no administrator, invites its first administrator and hands over the link;
 * the invitee becomes the provider's administrator, and from then on only they edit the entry (R29).
 */
class ProviderOnboardingBrowserTests extends BrowserTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @Test
    void onboardedProviderGetsItsLoginAndKeepsItsEntryFromThePages() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Onboarded Host " + suffix;
        login("admin", ADMIN_PASSWORD);
        driver.get(url("/registry/providers"));
        driver.findElement(By.cssSelector("a[href='/registry/providers/new']")).click();
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("services")).sendKeys("video sharing");
        new Select(driver.findElement(By.id("mainEstablishment"))).selectByValue("NL");
        new Select(driver.findElement(By.id("channel0"))).selectByValue("API");
        driver.findElement(By.id("address0")).sendKeys("https://onboarded-" + suffix + ".example/orders");
        driver.findElement(By.id("languages0")).sendKeys("nl en");
        driver.findElement(By.id("save-provider")).click();
        waitUntil(d -> !d.findElements(By.id("provider-logins")).isEmpty());
        String providerPage = driver.getCurrentUrl();
        assertThat(driver.getPageSource()).contains("invite its first administrator");
        assertThat(driver.findElement(By.id("logins-state")).getText()).contains("no administrator yet");

        // No administrator yet: the platform may still correct the entry it made.
        clock.advance(Duration.ofMinutes(5));
        driver.findElement(By.id("edit-provider")).click();
        driver.findElement(By.id("services")).sendKeys(", live streams");
        driver.findElement(By.id("save-provider")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#provider-history tbody tr")).size() == 2);
        assertThat(driver.getPageSource()).contains("video sharing, live streams");

        driver.findElement(By.id("invite-administrator")).click();
        String link = driver.findElement(By.id("invitation-link")).getAttribute("value");
        assertThat(link).contains("/invitations/vgli_");
        assertThat(driver.getCurrentUrl()).as("the link is only in this answer").doesNotContain("vgli_");
        Browser.screenshot(driver, "provider-invitation");
        driver.get(providerPage);
        assertThat(driver.findElement(By.id("logins-pending")).getText()).contains("works until");
        assertThat(driver.getPageSource()).doesNotContain("vgli_");

        // The invitee opens the link, chooses a username and password, and logs in as the provider.
        driver.manage().deleteAllCookies();
        driver.get(link);
        driver.findElement(By.id("inv-username")).sendKeys("first." + suffix);
        driver.findElement(By.id("inv-name")).sendKeys("First Administrator");
        driver.findElement(By.id("inv-password")).sendKeys(PASSWORD);
        driver.findElement(By.id("accept-invitation")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
        login("first." + suffix);
        driver.get(providerPage);
        assertThat(driver.findElement(By.id("logins-state")).getText()).contains("You administer this provider");
        clock.advance(Duration.ofMinutes(5));
        driver.findElement(By.id("edit-provider")).click();
        driver.findElement(By.id("languages0")).clear();
        driver.findElement(By.id("languages0")).sendKeys("nl");
        driver.findElement(By.id("save-provider")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#provider-history tbody tr")).size() == 3);

        // From now on the platform can neither edit the entry nor invite again.
        login("admin", ADMIN_PASSWORD);
        driver.get(providerPage);
        assertThat(driver.findElements(By.id("edit-provider"))).isEmpty();
        assertThat(driver.findElements(By.id("invite-administrator"))).isEmpty();
        assertThat(driver.findElement(By.id("logins-state")).getText()).contains("has its own administrator");
        driver.get(providerPage + "/edit");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("403");
    }
}
