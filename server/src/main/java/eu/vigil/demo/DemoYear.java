package eu.vigil.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import eu.vigil.identity.Actor;
import eu.vigil.installation.HistoryClock;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderQuery;
import eu.vigil.removalorder.AnsweringRemovalOrders;
import eu.vigil.removalorder.Feedback;
import eu.vigil.removalorder.Impossibility;
import eu.vigil.removalorder.ImpossibilityReason;
import eu.vigil.removalorder.IssueOutcome;
import eu.vigil.removalorder.IssueRequest;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.OrderItem;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.TerroristContentType;

/**
 * A year of believable activity behind the demo's live cases, recorded through the use cases with the clock of each
 * moment ({@link HistoryClock}): about seven orders a month from five Member States to nine providers, most removed
 * within the hour, some late, a few answered with an Annex III notice; referrals of Europol and the Member States; an
 * appeal, a preserved copy consulted for it, and a fine for systematic late removal. Deterministic (a fixed seed), so
 * every demo shows the same year. The monitoring dashboard, the Art. 8, Art. 7 and DSA Art. 15 reports draw on it.
 */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoYear {

    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

    /** How far back the history starts. */
    static final Duration SPAN = Duration.ofDays(365);

    private static final String[] ISSUERS = {"bka.officer", "ofac.officer", "atkm.officer", "citco.officer", "garda.officer"};
    private static final String[][] HOSTS = {
        {"Kestrel Video Inc.", "kestrel.admin", "en", "kestrel.example/watch/"},
        {"Parlo Chat GmbH", "parlo.admin", "de", "parlo.example/c/"},
        {"Nubo Fichiers SAS", "nubo.admin", "fr", "nubo.example/f/"},
        {"Hashtag Harbour Inc.", "harbour.admin", "en", "harbour.example/status/"},
        {"Aurora Social Oy", "aurora.admin", "en", "aurora.example/p/"},
        {"Pixelbay Pte. Ltd.", "pixelbay.admin", "en", "pixelbay.example/i/"},
        {"Veloce Streaming S.p.A.", "veloce.admin", "it", "veloce.example/live/"},
        {"Atlas Cloud Hosting Corp.", "atlas.admin", "en", "atlas.example/site/"},
        {"Quill Blogs Ltd.", "quill.admin", "en", "quill.example/post/"}};

    private final Clock clock;
    private final DemoOrders demo;
    private final IssuingRemovalOrders issuing;
    private final AnsweringRemovalOrders answering;
    private final HostingServiceProviders providers;
    private final eu.vigil.referral.Referrals referrals;
    private final eu.vigil.removalorder.Finality finality;
    private final eu.vigil.removalorder.Preservation preservation;
    private final eu.vigil.penalty.PenaltyProceedings penalties;
    private final eu.vigil.removalorder.RemovalOrders orders;

    DemoYear(eu.vigil.removalorder.RemovalOrders orders, Clock clock, DemoOrders demo, IssuingRemovalOrders issuing, AnsweringRemovalOrders answering,
            HostingServiceProviders providers, eu.vigil.referral.Referrals referrals,
            eu.vigil.removalorder.Finality finality, eu.vigil.removalorder.Preservation preservation,
            eu.vigil.penalty.PenaltyProceedings penalties) {
        this.orders = orders;
        this.clock = clock;
        this.demo = demo;
        this.issuing = issuing;
        this.answering = answering;
        this.providers = providers;
        this.referrals = referrals;
        this.finality = finality;
        this.preservation = preservation;
        this.penalties = penalties;
    }

    /** The instant the history starts, for seeding the register before it. */
    Instant start() {
        return clock.instant().minus(SPAN).truncatedTo(ChronoUnit.DAYS);
    }

    /** Runs {@code work} with the clock at {@code at} when this is a demo database's clock, else now. */
    void at(Instant at, Runnable work) {
        if (clock instanceof HistoryClock history) {
            history.at(at, () -> {
                work.run();
                return null;
            });
        } else {
            work.run();
        }
    }

    /** Records the year, oldest first; nothing when the clock cannot show the past (not a demo database). */
    void seed() {
        if (!(clock instanceof HistoryClock)) {
            log.info("Not a demo database's clock: no history seeded");
            return;
        }
        SplittableRandom random = new SplittableRandom(2025);
        Instant day = start().plus(Duration.ofDays(1));
        Instant end = clock.instant().minus(Duration.ofDays(3));
        List<RemovalOrder> late = new ArrayList<>();
        RemovalOrder appealed = null;
        int orders = 0;
        int n = 0;
        while (day.isBefore(end)) {
            if (random.nextInt(100) < 23) {
                Instant issuedAt = day.plus(Duration.ofMinutes(random.nextInt(24 * 60)));
                String[] host = HOSTS[random.nextInt(HOSTS.length)];
                String issuer = ISSUERS[random.nextInt(ISSUERS.length)];
                RemovalOrder o = order(issuedAt, issuer, host, n++, random);
                orders++;
                if (o.state().name().equals("OVERDUE_EXECUTED") && host[0].startsWith("Parlo")) {
                    late.add(o);
                }
                if (appealed == null && issuer.equals("bka.officer") && o.state().name().equals("EXECUTED")) {
                    appealed = o;
                    appeal(o, issuedAt);
                }
            }
            if (random.nextInt(100) < 12) {
                referral(day.plus(Duration.ofMinutes(random.nextInt(24 * 60))), random, n++);
            }
            day = day.plus(Duration.ofDays(1));
        }
        fine(late, end.minus(Duration.ofDays(20)));
        log.info("Demo history seeded: {} removal orders over the last {} days", orders, SPAN.toDays());
    }

    private RemovalOrder order(Instant issuedAt, String issuer, String[] host, int n, SplittableRandom random) {
        Actor authority = demo.actor(issuer);
        Actor provider = demo.actor(host[1]);
        UUID providerId = providers.search(new ProviderQuery(host[0], null, null, null), issuedAt).getFirst().id().value();
        String url = "https://" + host[3] + "y" + (4000 + n);
        RemovalOrder[] issued = new RemovalOrder[1];
        at(issuedAt, () -> issued[0] = issue(authority, providerId, host[2], url, false));
        RemovalOrder o = issued[0];
        Instant ack = issuedAt.plus(Duration.ofMinutes(1 + random.nextInt(9)));
        at(ack, () -> answering.acknowledge(provider, o.id(), "H-" + n));
        int roll = random.nextInt(100);
        if (roll < 5) {
            at(ack.plus(Duration.ofMinutes(5)), () -> answering.impossibility(provider, o.id(), new Impossibility(
                    roll < 3 ? ImpossibilityReason.FORCE_MAJEURE : ImpossibilityReason.MANIFEST_ERROR,
                    roll < 3 ? "Storage cluster unreachable during a maintenance window" : "The URL names no content on our service",
                    roll < 3 ? null : "Which item is meant?", "Trust & Safety lead")));
            return o;
        }
        long minutes = roll < 75 ? 4 + random.nextInt(55) : roll < 93 ? 61 + random.nextInt(120) : 200 + random.nextInt(1500);
        Instant acted = issuedAt.plus(Duration.ofMinutes(minutes));
        at(acted, () -> answering.feedback(provider, o.id(), new Feedback(List.of(new Feedback.Action(1,
                random.nextInt(10) < 8 ? OrderItem.ItemStatus.REMOVED : OrderItem.ItemStatus.DISABLED, acted)),
                "H-" + n, "Trust & Safety lead")));
        return answeringView(o);
    }

    /** The order as it stands after the answers. */
    private RemovalOrder answeringView(RemovalOrder o) {
        return orders.find(o.id()).orElse(o);
    }

    private RemovalOrder issue(Actor actor, UUID provider, String language, String url, boolean emergency) {
        IssueRequest request = new IssueRequest(null, provider, language, List.of(new IssueRequest.Item(url, null, null)),
                Set.of(TerroristContentType.INCITEMENT), "Post glorifying a terrorist attack and calling for more.",
                "Duty officer", "Internet referral unit", null, "Competent administrative court of the issuing Member State",
                "one month from receipt", false, null, emergency, emergency ? "Demo: first order without prior information"
                        : null, false, null, null);
        return switch (issuing.issue(actor, request)) {
            case IssueOutcome.Issued issued -> issued.order();
            case IssueOutcome.Refused refused when !emergency
                    && refused.refusal() == IssueOutcome.Refusal.PRIOR_INFORMATION_MISSING -> issue(actor, provider, language, url, true);
            case IssueOutcome.Refused refused -> throw new IllegalStateException("demo history order refused: " + refused.message());
        };
    }

    /** BKA's order challenged in court: a preserved copy consulted for the proceedings, the order confirmed. */
    private void appeal(RemovalOrder o, Instant issuedAt) {
        Actor bka = demo.actor("bka.officer");
        Actor provider = demo.actor(HOSTS[java.util.Arrays.stream(HOSTS).map(h -> h[0]).toList().indexOf(o.providerName())][1]);
        at(issuedAt.plus(Duration.ofDays(3)), () -> finality.appealLodged(bka, o.id(), issuedAt.plus(Duration.ofDays(2)),
                "Verwaltungsgericht Wiesbaden"));
        at(issuedAt.plus(Duration.ofDays(4)), () -> preservation.upload(provider, o.id(), 1, "text/plain",
                "Preserved copy of the removed post (demo)".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        at(issuedAt.plus(Duration.ofDays(5)), () -> preservation.access(bka, o.id(), 1,
                eu.vigil.removalorder.PreservedItem.Purpose.REVIEW));
        at(issuedAt.plus(Duration.ofDays(40)), () -> finality.appealDecided(bka, o.id(), true));
    }

    private void referral(Instant at, SplittableRandom random, int n) {
        String sender = random.nextInt(3) == 0 ? "europol.iru" : ISSUERS[random.nextInt(3)];
        String[] host = HOSTS[random.nextInt(HOSTS.length)];
        Actor from = demo.actor(sender);
        UUID providerId = providers.search(new ProviderQuery(host[0], null, null, null), at).getFirst().id().value();
        at(at, () -> referrals.send(from, new eu.vigil.referral.ReferralRequest(providerId, "TERRORIST_PROPAGANDA", "en", 24,
                null, List.of(new eu.vigil.referral.ReferralRequest.Item("https://" + host[3] + "r" + (7000 + n), null, null,
                        "Terms of service: violent extremism", null))), null));
    }

    /** BNetzA fines Parlo for repeated late removal (Art. 18(3)), from the late orders of the year. */
    private void fine(List<RemovalOrder> late, Instant at) {
        if (late.isEmpty()) {
            return;
        }
        Actor bnetza = demo.actor("bnetza.officer");
        UUID parlo = late.getFirst().providerId();
        at(at, () -> {
            var p = penalties.open(bnetza, new eu.vigil.penalty.PenaltyProceedings.Opening(parlo, eu.vigil.penalty.LegalBasis.ART_3_3,
                    late.size() + " removal orders of the year executed more than one hour after receipt",
                    late.stream().map(o -> o.id().value()).toList(), List.of()));
            penalties.decide(bnetza, p.id(), eu.vigil.penalty.Sanction.FINE, new BigDecimal("35000.00"), null,
                    "Art. 18(2): repeated late removal, negligent, medium-sized provider, cooperated with the authority",
                    at.atZone(ZoneOffset.UTC).toLocalDate());
        });
    }
}
