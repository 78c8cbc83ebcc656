package eu.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;

/**
 * Headless Chromium with axe-core (issue 12, done-when): one user of each kind (issuing authority like
 * bka.officer, provider like kestrel.admin, host authority like garda.officer, the Commission like
 * commission.monitor, and the platform admin) follows the navigation, and every main page (login, dashboard,
 * orders, an order, the issue form, registry, banks, audit, account, transparency and the rest of the nav) has
 * no serious or critical accessibility violation.
 */
class AccessibilityBrowserTests extends BrowserTest {

    /** Bootstrap password of the platform admin in the test profile. */
    static final String ADMIN_PASSWORD = "test-admin-password";

    @Autowired
    CompetentAuthorities authorities;

    /** Fresh users of every kind, with an order from the issuer to the provider hosted in Ireland. */
    record People(Tenant issuer, Tenant provider, Tenant host, Tenant commission) {
    }

    People people() {
        var since = clock.instant().minus(Duration.ofDays(1));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "DE",
                EnumSet.of(AuthorityRole.ISSUE), since), "bka.a11y." + tag);
        var host = withUserAndToken(OrderFixture.authority(authorities, organisations, "IE",
                EnumSet.of(AuthorityRole.SCRUTINISE), since), "garda.a11y." + tag);
        var provider = provider("Kestrel A11y", "IE", "en", "ga");
        var commission = tenant(OrganisationKind.COMMISSION, null, "Commission A11y");
        var issued = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(provider.id()), "en", true,
                        "https://video.kestrel.example/watch/an-extremely-long-path-segment-without-any-break-"
                                + "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4?list=PLx0123456789abcdef&t=93s"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return new People(issuer, provider, host, commission);
    }

    @Test
    void theMainPagesOfEveryKindOfUserHaveNoSeriousOrCriticalViolation() throws Exception {
        People people = people();
        List<String> failures = new ArrayList<>();

        driver.manage().deleteAllCookies();
        open(url("/login"));
        check("login", failures);

        walk(people.issuer().username(), PASSWORD, true, failures);
        walk(people.provider().username(), PASSWORD, false, failures);
        walk(people.host().username(), PASSWORD, false, failures);
        walk(people.commission().username(), PASSWORD, false, failures);
        walk("admin", ADMIN_PASSWORD, false, failures);

        assertThat(failures).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void atPhoneWidthTheMenuCollapsesBehindAButtonAndNoPageScrollsSideways() throws Exception {
        People people = people();
        signIn(people.issuer().username(), PASSWORD);
        Set<String> pages = navigation();
        // "my orders": every DE authority sees every DE order, so other tests' orders may come first in "all"
        driver.get(url("/orders?scope=mine"));
        String order = driver.findElements(By.cssSelector("main a[href^='/orders/']")).stream()
                .map(a -> a.getDomProperty("href")).filter(h -> h.matches(".*/orders/[0-9a-f-]{36}$")).findFirst()
                .orElseThrow();
        pages.add(order);
        pages.add(url("/orders/new"));
        open(order);
        Browser.screenshot(driver, "a11y-1280-order");
        open(url("/"));
        Browser.screenshot(driver, "a11y-1280-dashboard");
        open(url("/registry/providers"));
        Browser.screenshot(driver, "a11y-1280-providers");

        driver.manage().window().setSize(new Dimension(390, 844));
        List<String> failures = new ArrayList<>();
        open(url("/"));
        WebElement toggle = driver.findElement(By.id("menu-toggle"));
        WebElement menu = driver.findElement(By.id("site-menu"));
        assertThat(toggle.getTagName()).isEqualTo("button");
        assertThat(toggle.isDisplayed()).as("the Menu button shows at 390 px").isTrue();
        assertThat(toggle.getDomAttribute("aria-controls")).isEqualTo("site-menu");
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).as("the navigation is collapsed").isFalse();
        Browser.screenshot(driver, "a11y-390-menu-closed");

        toggle.sendKeys(Keys.ENTER);
        waitUntil(d -> "true".equals(toggle.getDomAttribute("aria-expanded")));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("nav-orders")).isDisplayed()).isTrue();
        check("390px open menu", failures);
        Browser.screenshot(driver, "a11y-390-menu-open");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitUntil(d -> "false".equals(toggle.getDomAttribute("aria-expanded")));
        assertThat(menu.isDisplayed()).isFalse();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("Escape returns to the button")
                .isEqualTo("menu-toggle");
        toggle.sendKeys(Keys.SPACE);
        waitUntil(d -> menu.isDisplayed());
        driver.findElement(By.id("nav-orders")).click();
        waitUntil(d -> d.getCurrentUrl().equals(url("/orders")));
        assertThat(driver.findElement(By.id("site-menu")).isDisplayed()).as("collapsed again on the next page").isFalse();

        // Without JavaScript the page keeps the button hidden as the server sends it: the navigation stays open.
        Object served = js().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/orders').then(function (r) { return r.text(); }).then(function (html) {
                  var button = new DOMParser().parseFromString(html, 'text/html').getElementById('menu-toggle');
                  done(button ? button.hidden : null); });""");
        assertThat(served).as("the Menu button is sent hidden").isEqualTo(true);
        js().executeScript("document.getElementById('menu-toggle').hidden = true;");
        assertThat(driver.findElement(By.id("menu-toggle")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("site-menu")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("nav-orders")).isDisplayed()).isTrue();

        for (String page : pages) {
            open(page);
            String sideways = sideways();
            if (sideways != null) {
                failures.add(page + " " + sideways);
            }
            check("390px " + page, failures);
            Browser.screenshot(driver, "a11y-390-" + (page.equals(order) ? "order"
                    : page.equals(url("/")) ? "dashboard" : page.substring(url("/").length()).replaceAll("[^a-z0-9]+", "-")));
        }

        open(order);
        WebElement longUrl = driver.findElement(By.xpath("//main//*[contains(text(), 'an-extremely-long-path')]"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", longUrl);
        assertThat(longUrl.getRect().getWidth()).as("the long URL wraps").isLessThanOrEqualTo(390);
        assertThat(longUrl.getRect().getHeight()).as("on several lines").isGreaterThan(40);
        Browser.screenshot(driver, "a11y-390-order-long-url");
        assertThat(failures).isEmpty();
    }

    /**
     * Null when the body does not scroll sideways ({@code document.documentElement.scrollWidth <= innerWidth}),
     * else the widths and the elements that first stick out to the right.
     */
    private String sideways() {
        return (String) js().executeScript("""
                var w = window.innerWidth, s = document.documentElement.scrollWidth;
                if (s <= w) return null;
                var out = Array.from(document.querySelectorAll('body *')).filter(function (e) {
                  return e.getBoundingClientRect().right > w && e.parentElement.getBoundingClientRect().right <= w;
                }).map(function (e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/ +/g, '.') : '')
                  + ' right=' + Math.round(e.getBoundingClientRect().right); });
                return 'scrolls sideways: scrollWidth ' + s + ' > innerWidth ' + w + ' because of ' + out.join(', ');""");
    }

    /** Opens {@code address} and waits until it and its stylesheet are loaded (measuring earlier is meaningless). */
    private void open(String address) {
        driver.get(address);
        waitUntil(d -> "complete".equals(js().executeScript("return document.readyState;")));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    @Test
    void theCheckFailsOnAPageWithSeriousViolations() {
        driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><title>broken</title><main><input id=q>"
                + "<button></button><p style='color:%23bbb;background:%23fff'>faint text</p></main>");
        assertThat(Accessibility.failing(driver)).extracting(Accessibility.Violation::id)
                .contains("html-has-lang", "label", "button-name", "color-contrast");
        assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(driver, "broken"))
                .hasMessageContaining("button-name (critical)").hasMessageContaining("#q");
    }

    /**
     * Logs in, checks the dashboard, then every page of the navigation; on the orders list also the first order
     * and, for an issuer, the issue form reached from the list.
     */
    private void walk(String username, String password, boolean issues, List<String> failures) {
        signIn(username, password);
        check(username + " dashboard", failures);
        Set<String> pages = navigation();
        assertThat(pages).as("nav of " + username).contains(url("/banks"), url("/registry/member-states"),
                url("/registry/providers"), url("/account"), url("/audit"));
        for (String page : pages) {
            open(page);
            check(username + " " + page, failures);
            if (page.equals(url("/orders"))) {
                if (issues) {
                    driver.findElement(By.id("new-order")).click();
                    waitUntil(d -> d.getCurrentUrl().endsWith("/orders/new"));
                    check(username + " issue form", failures);
                    driver.navigate().back();
                }
                List<WebElement> orders = driver.findElements(By.cssSelector("main a[href^='/orders/']")).stream()
                        .filter(a -> a.getDomAttribute("href").matches("/orders/[0-9a-f-]{36}")).toList();
                assertThat(orders).as("orders of " + username).isNotEmpty();
                orders.getFirst().click();
                waitUntil(d -> d.getCurrentUrl().matches(".*/orders/[0-9a-f-]{36}$"));
                check(username + " order", failures);
            }
        }
    }

    /** The addresses of the main navigation (the API docs excluded: not a page of the console). */
    Set<String> navigation() {
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : driver.findElements(By.cssSelector("header.top nav a"))) {
            String href = link.getDomProperty("href");
            if (href != null && href.startsWith(url("/")) && !href.contains("swagger")) {
                pages.add(href);
            }
        }
        return pages;
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waitUntil(d -> d.getCurrentUrl().equals(url("/")));
    }

    private void check(String page, List<String> failures) {
        waitUntil(d -> "complete".equals(js().executeScript("return document.readyState;")));
        try {
            Accessibility.assertNoSeriousViolations(driver, page);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }
}
