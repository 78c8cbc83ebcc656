package eu.vigil.removalorder;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.registry.AuthorityEntry;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.Confidence;

/** Factories for orders and the authorities that issue them. */
public final class OrderFixture {

    private OrderFixture() {
    }

    /** A new authority of {@code ms} with the given roles, registered as an organisation. */
    public static eu.vigil.identity.Organisation authority(CompetentAuthorities authorities, Organisations organisations, String ms,
            Set<AuthorityRole> roles, Instant validFrom) {
        String code = ms + "-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        authorities.apply(Auditor.system("test"), new AuthorityEntry(code, ms, "Test authority " + code, code,
                roles.isEmpty() ? EnumSet.noneOf(AuthorityRole.class) : EnumSet.copyOf(roles), true, null, null,
                "test", Confidence.CONFIRMED, null, validFrom));
        var authority = authorities.findByCode(code, validFrom).orElseThrow();
        return organisations.register(Auditor.system("test"), new OrganisationId(authority.id().value()),
                OrganisationKind.COMPETENT_AUTHORITY, authority.name(), ms);
    }

    /**
     * A new authority of {@code ms} with every Annex I Section E and G detail in the register (type, address,
     * telephone, fax, e-mail, redress provisions), registered as an organisation.
     */
    public static eu.vigil.identity.Organisation authorityWithDetails(CompetentAuthorities authorities,
            Organisations organisations, String ms, Set<AuthorityRole> roles, Instant validFrom) {
        String code = ms + "-D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        authorities.apply(Auditor.system("test"), new AuthorityEntry(code, ms, "Detailed authority " + code, code,
                EnumSet.copyOf(roles), true, code.toLowerCase() + "@police.example.eu", "+351 21 000 0000", "test",
                Confidence.CONFIRMED, null, validFrom, eu.vigil.registry.AuthorityType.LAW_ENFORCEMENT,
                "Rua Gomes Freire 174, 1169-007 Lisboa", "+351 21 000 0001", "https://redress.example.eu/" + ms));
        var authority = authorities.findByCode(code, validFrom).orElseThrow();
        return organisations.register(Auditor.system("test"), new OrganisationId(authority.id().value()),
                OrganisationKind.COMPETENT_AUTHORITY, authority.name(), ms);
    }

    /** A complete TCO order to {@code provider} in {@code language}. */
    public static IssueRequest order(UUID provider, String language, boolean emergency, String... urls) {
        return new IssueRequest(null, provider, language,
                java.util.Arrays.stream(urls.length == 0 ? new String[] {"https://video.example/watch?v=abc"} : urls)
                        .map(u -> new IssueRequest.Item(u, "video at 01:23", null)).toList(),
                Set.of(TerroristContentType.INCITEMENT, TerroristContentType.INSTRUCTION),
                "The video glorifies the attack of 3 March and explains how to build the device used.",
                "Kommissarin Anna Schmidt", "Head of the referral unit", "AZ 123/26", "Verwaltungsgericht Wiesbaden",
                "one month from receipt", false, null, emergency, emergency ? "Imminent follow-up attack announced" : null,
                false, null, null);
    }

    /** {@code base} with a non-disclosure decision (Art. 11(3)) until {@code until}. */
    public static IssueRequest withNonDisclosure(IssueRequest base, java.time.LocalDate until) {
        return new IssueRequest(base.orderType(), base.providerId(), base.language(), base.items(), base.reasons(),
                base.statementOfReasons(), base.representativeName(), base.representativePost(), base.fileNumber(),
                base.redressBody(), base.redressDeadline(), true, until, base.emergency(), base.emergencyJustification(),
                base.shareWithEuropol(), base.deadlineMinutes(), base.reference(), base.territorialScope(),
                base.appealPeriodDays());
    }

    /** Runs {@code call} on {@code n} threads released at once (to race requests over real HTTP); the answers. */
    public static List<eu.vigil.testing.Http.Response> parallel(int n,
            java.util.function.Supplier<eu.vigil.testing.Http.Response> call) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<eu.vigil.testing.Http.Response>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<eu.vigil.testing.Http.Response> out = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<eu.vigil.testing.Http.Response> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    static List<String> urls(RemovalOrder o) {
        return o.items().stream().map(OrderItem::url).toList();
    }
}
