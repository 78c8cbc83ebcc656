package eu.vigil.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.IntegrationTest;

/**
 * Benchmark, not a test: one referral action day of {@code rows} URLs (5,000 by default) to 12 providers, imported
 * over HTTP into the embedded PostgreSQL, with deconfliction and duplicate checks and a result per row. Run with
 * {@code ./mvnw -pl server test -Dtest=ActionDayBenchmark -Dvigil.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false};
 * the time goes to {@code target/benchmarks/action-day.txt} and {@code docs/benchmarks.md}.
 */
@Tag("benchmark")
class ActionDayBenchmark extends IntegrationTest {

    private static final int ROWS = Integer.getInteger("rows", 5_000);
    private static final int PROVIDERS = 12;

    @Test
    void fiveThousandUrlsToTwelveProviders() throws Exception {
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU benchmark");
        List<Tenant> providers = new ArrayList<>();
        for (int p = 0; p < PROVIDERS; p++) {
            providers.add(provider("Bench Host " + p, "IE", "en"));
        }
        String run = UUID.randomUUID().toString();
        StringBuilder csv = new StringBuilder("provider,url,hash,category,language\n");
        for (int i = 0; i < ROWS; i++) {
            Tenant p = providers.get(i % PROVIDERS);
            csv.append(p.organisation().name()).append(",https://host").append(i % PROVIDERS).append(".example/")
                    .append(run).append("/post/").append(i).append(',')
                    .append(i % 3 == 0 ? "sha256:" + String.format("%064x", i) : "").append(",TERRORIST_PROPAGANDA,ar\n");
        }
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            String body = csv.toString().replace(run, run + "-" + round);
            long start = System.nanoTime();
            var r = http().bearer(europol.token()).postJson("/api/v1/referral-action-days", Map.of("name",
                    "Benchmark " + round, "termsClause", "Dangerous organisations", "csv", body));
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(r.status()).as(r.body().substring(0, Math.min(500, r.body().length()))).isEqualTo(201);
            assertThat(r.json().get("rows")).hasSize(ROWS);
            assertThat(r.json().get("summary").get("total").get("referrals").asInt()).isEqualTo(PROVIDERS);
        }
        String line = ROWS + " rows to " + PROVIDERS + " providers: " + millis + " ms per import (3 rounds)";
        Path out = Path.of("target/benchmarks/action-day.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + System.lineSeparator());
        System.out.println(line);
    }
}
