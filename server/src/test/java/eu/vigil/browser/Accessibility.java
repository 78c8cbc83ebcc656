package eu.vigil.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs the axe-core accessibility engine (test resource {@code axe/axe.min.js}, see its README) in the page the
 * browser shows and reports what it finds. No rule is excluded: serious and critical violations fail the test.
 */
public final class Accessibility {

    /** Impacts that fail a page. */
    static final Set<String> FAILING = Set.of("serious", "critical");

    private static final String AXE = load("/axe/axe.min.js");

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (results) {
              done(results.violations.map(function (v) {
                return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                  targets: v.nodes.map(function (n) { return n.target.join(' >> '); })};
              }));
            }).catch(function (e) { done('axe failed: ' + e); });""";

    private Accessibility() {
    }

    /** One rule axe found broken on the page, with the selectors of the elements that break it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

        boolean fails() {
            return FAILING.contains(impact);
        }

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " " + helpUrl + "\n      at " + String.join("\n      at ", targets);
        }
    }

    /** Every violation axe finds on the current page (all impacts). */
    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript(RUN);
        if (!(result instanceof List<?> list)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        return list.stream().map(o -> (Map<?, ?>) o).map(m -> new Violation((String) m.get("id"),
                (String) m.get("impact"), (String) m.get("help"), (String) m.get("helpUrl"),
                ((List<?>) m.get("targets")).stream().map(String::valueOf).toList())).toList();
    }

    /** Only the violations of impact serious or critical. */
    public static List<Violation> failing(WebDriver driver) {
        return violations(driver).stream().filter(Violation::fails).toList();
    }

    /**
     * Fails when the current page has a serious or critical violation, listing for each its rule, impact,
     * help and the selectors of the elements concerned.
     */
    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        List<Violation> failing = failing(driver);
        if (!failing.isEmpty()) {
            throw new AssertionError("accessibility (axe-core) on " + page + " " + driver.getCurrentUrl() + ":\n  "
                    + failing.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    private static String load(String resource) {
        try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
