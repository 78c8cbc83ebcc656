package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/** Reference numbers of issued orders: a counter per authority and year, hand-picked references beside it. */
class OrderReferenceIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;

    private record Issuer(Tenant tenant, String code) {
    }

    private Issuer issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        String code = authorities.find(new eu.vigil.registry.AuthorityId(org.id().value()), clock.instant())
                .orElseThrow().code();
        return new Issuer(withUserAndToken(org, "officer." + org.id().toString().substring(0, 8)), code);
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private IssueRequest order(Tenant provider, String reference) {
        IssueRequest b = OrderFixture.order(UUID.fromString(provider.id()), "de", true);
        return new IssueRequest(b.orderType(), b.providerId(), b.language(), b.items(), b.reasons(),
                b.statementOfReasons(), b.representativeName(), b.representativePost(), b.fileNumber(), b.redressBody(),
                b.redressDeadline(), false, null, true, b.emergencyJustification(), false, null, reference, null);
    }

    private String numbered(Issuer issuer, int number) {
        return String.format("%s-%d-%05d", issuer.code(), clock.instant().atZone(ZoneOffset.UTC).getYear(), number);
    }

    private String issue(Issuer issuer, Tenant provider, String reference) {
        var r = as(issuer.tenant()).postJson("/api/v1/removal-orders", order(provider, reference));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("reference").asString();
    }

    /** The old count(*) + 1 numbering collided for ever with a hand-picked reference just ahead of it. */
    @Test
    void handPickedReferencesAheadOfTheCounterDoNotBlockNumberedIssuing() {
        Issuer issuer = issuer("DE");
        Tenant hsp = provider("Numbered Host", "DE", "de");
        assertThat(issue(issuer, hsp, null)).isEqualTo(numbered(issuer, 1));
        // What count(*) + 1 would give next, twice: 3 after this one, 4 after the next.
        assertThat(issue(issuer, hsp, numbered(issuer, 3))).isEqualTo(numbered(issuer, 3));
        assertThat(issue(issuer, hsp, numbered(issuer, 4))).isEqualTo(numbered(issuer, 4));

        assertThat(issue(issuer, hsp, null)).isEqualTo(numbered(issuer, 2));
        assertThat(issue(issuer, hsp, null)).isEqualTo(numbered(issuer, 5));
        assertThat(issue(issuer, hsp, "BKA-2026/0815")).isEqualTo("BKA-2026/0815");
        assertThat(issue(issuer, hsp, null)).isEqualTo(numbered(issuer, 6));
    }

    @Test
    void aHandPickedReferenceUsedTwiceIsRefusedWithALinkToTheExistingOrder() {
        Issuer issuer = issuer("DE");
        Tenant hsp = provider("Twice Host", "DE", "de");
        issue(issuer, hsp, "AZ-77");
        var again = as(issuer.tenant()).postJson("/api/v1/removal-orders", order(hsp, "AZ-77"));
        // Build 7: a conflict with the order that has the reference, not a field error (see IdempotentIssuingIntegrationTests).
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("reason").asString()).isEqualTo("REFERENCE_ALREADY_USED");
        assertThat(again.json().get("existing").asString()).startsWith("/api/v1/removal-orders/");
        // Another authority may use the same reference.
        assertThat(issue(issuer("DE"), hsp, "AZ-77")).isEqualTo("AZ-77");
    }

    @Test
    void concurrentIssuingGivesDistinctReferences() throws Exception {
        Issuer issuer = issuer("DE");
        Tenant hsp = provider("Busy Host", "DE", "de");
        issue(issuer, hsp, numbered(issuer, 2));   // a hand-picked number the counter must skip
        int n = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                results.add(pool.submit((Callable<String>) () -> issue(issuer, hsp, null)));
            }
            var references = new HashSet<String>();
            for (Future<String> f : results) {
                references.add(f.get());
            }
            assertThat(references).hasSize(n).doesNotContain(numbered(issuer, 2));
            var expected = new HashSet<String>();
            for (int i = 1; i <= n + 1; i++) {
                if (i != 2) {
                    expected.add(numbered(issuer, i));
                }
            }
            assertThat(references).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReferenceWithBidiOrControlCharactersIsRefused() {
        Issuer issuer = issuer("DE");
        Tenant hsp = provider("Bidi Host", "DE", "de");
        for (String reference : List.of("AZ-\u202E77-ZA", "AZ\u2066-1", "AZ\u0007-1", "AZ\u200F-1")) {
            var r = as(issuer.tenant()).postJson("/api/v1/removal-orders", order(hsp, reference));
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("errors").toString()).contains("\"reference\"");
        }
    }
}
