package eu.vigil.demo;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Credential;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.User;
import eu.vigil.identity.Users;
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
 * A few removal orders for the demo: one open with its clock running, one executed, one suspended by force
 * majeure, one cross-border to a provider outside the Union, one withdrawn and replaced by a corrected order after
 * an Annex III notice of manifest error; a statement of reasons for the executed one, held for review because it
 * names a person; a post Parlo disabled under its own specific measures (Art. 5(2)) with a content provider's
 * Art. 10 complaint awaiting its outcome.
 */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoOrders {

    private final IssuingRemovalOrders issuing;
    private final AnsweringRemovalOrders answering;
    private final Users users;
    private final Organisations organisations;
    private final HostingServiceProviders providers;
    private final Clock clock;
    private final eu.vigil.bank.Banks banks;
    private final eu.vigil.statements.StatementsOfReasons statements;
    private final eu.vigil.removalorder.WithdrawingRemovalOrders withdrawing;
    private final eu.vigil.removalorder.SpecificMeasureRemovals removals;
    private final eu.vigil.removalorder.Complaints complaints;

    DemoOrders(IssuingRemovalOrders issuing, AnsweringRemovalOrders answering, Users users,
            Organisations organisations, HostingServiceProviders providers, Clock clock, eu.vigil.bank.Banks banks,
            eu.vigil.statements.StatementsOfReasons statements, eu.vigil.removalorder.WithdrawingRemovalOrders withdrawing,
            eu.vigil.removalorder.SpecificMeasureRemovals removals, eu.vigil.removalorder.Complaints complaints) {
        this.withdrawing = withdrawing;
        this.statements = statements;
        this.removals = removals;
        this.complaints = complaints;
        this.issuing = issuing;
        this.answering = answering;
        this.users = users;
        this.organisations = organisations;
        this.providers = providers;
        this.clock = clock;
        this.banks = banks;
    }

    void seed() {
        Actor bka = actor("bka.officer");
        Actor ofac = actor("ofac.officer");
        UUID parlo = provider("Parlo Chat GmbH");
        UUID kestrel = provider("Kestrel Video Inc.");
        UUID nubo = provider("Nubo Fichiers SAS");
        UUID veloce = provider("Veloce Streaming S.p.A.");

        issue(bka, order(parlo, "de", "https://parlo.example/c/4711/m/991", "Aufruf zu Anschlägen in einem öffentlichen Kanal"));
        RemovalOrder executed = issue(bka, order(kestrel, "en", "https://kestrel.example/watch/8812",
                "Video glorifying the attack of 3 March with instructions to repeat it"));
        Actor kestrelAdmin = actor("kestrel.admin");
        answering.acknowledge(kestrelAdmin, executed.id(), "KV-2026-118");
        answering.feedback(kestrelAdmin, executed.id(), new Feedback(List.of(
                new Feedback.Action(1, OrderItem.ItemStatus.REMOVED, clock.instant())), "KV-2026-118", "Trust & Safety lead"));
        // A statement of reasons for the Transparency Database, held because its facts name a person (R33).
        statements.draft(kestrelAdmin, executed.id(), new eu.vigil.statements.StatementDraft(List.of("VIDEO"), null,
                clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(2), "en",
                "Uploaded by the channel of Omar Haddad; removed in execution of the order.", false));
        RemovalOrder suspended = issue(ofac, order(nubo, "fr", "https://nubo.example/f/abc123",
                "Manuel de fabrication d'explosifs diffusé avec un appel à passer à l'acte"));
        answering.impossibility(actor("nubo.admin"), suspended.id(), new Impossibility(ImpossibilityReason.FORCE_MAJEURE,
                "Storage cluster offline after a fire in our data centre; restoring access within hours", null,
                "Head of operations"));
        issue(ofac, order(veloce, "it", "https://veloce.example/live/77",
                "Diretta che minaccia un attentato terroristico imminente"));
        // Annex III for a manifest error, answered by a corrected order that replaces the first (Art. 3(8)).
        RemovalOrder mistaken = issue(bka, order(parlo, "de", "https://parlo.example/c/4711/m/99",
                "Anleitung zum Bau einer Rohrbombe in einem öffentlichen Kanal"));
        answering.impossibility(actor("parlo.admin"), mistaken.id(), new Impossibility(ImpossibilityReason.MANIFEST_ERROR,
                "Message 99 of channel 4711 does not exist; the statement of reasons describes message 990",
                "Which message is meant: m/99 or m/990?", "Trust & Safety lead"));
        switch (withdrawing.reissue(bka, mistaken.id(), order(parlo, "de", "https://parlo.example/c/4711/m/990",
                "Anleitung zum Bau einer Rohrbombe in einem öffentlichen Kanal"))) {
            case IssueOutcome.Issued corrected -> answering.acknowledge(actor("parlo.admin"), corrected.order().id(), "PC-77");
            case IssueOutcome.Refused refused -> throw new IllegalStateException("demo re-issue refused: " + refused.message());
        }
        seedBank();
        seedComplaint();
    }

    /** Art. 10: a user of Parlo complains that a post disabled under Parlo's specific measures was news reporting. */
    private void seedComplaint() {
        Actor parloAdmin = actor("parlo.admin");
        java.time.Instant now = clock.instant();
        var removal = removals.record(parloAdmin, "https://parlo.example/c/2207/m/118",
                eu.vigil.removalorder.SpecificMeasureRemoval.Action.DISABLED, now.minus(java.time.Duration.ofDays(4)),
                "User flag confirmed by a moderator (human review of the flagging queue, Art. 5(2)(b) and 5(3))", null);
        complaints.record(parloAdmin, removal.id(), "PARLO-APPEAL-3391",
                "The post quotes the attacker's manifesto in a news report condemning it; asks for reinstatement.",
                now.minus(java.time.Duration.ofDays(3)));
    }

    /** A published crisis hash list of Europol with a few entries (random PDQ values stand in for real ones). */
    private void seedBank() {
        Actor europol = actor("europol.iru");
        var bank = banks.create(europol, new eu.vigil.bank.BankSettings("EU Crisis Protocol — shared hash list (demo)",
                "Hashes of content from a (fictional) attack livestream, shared with all participants",
                java.util.EnumSet.of(eu.vigil.bank.SignalKind.PDQ, eu.vigil.bank.SignalKind.MD5,
                        eu.vigil.bank.SignalKind.URL), 31, false, eu.vigil.bank.Sharing.PUBLISHED, List.of()));
        java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
        for (int i = 0; i < 12; i++) {
            byte[] bytes = new byte[32];
            for (int b = 0; b < 32; b++) {
                bytes[b] = (byte) random.nextInt(256);
            }
            banks.add(europol, bank.id(), new eu.vigil.bank.NewEntry("PDQ", java.util.HexFormat.of().formatHex(bytes),
                    List.of("TVE-1"), eu.vigil.bank.SourceKind.CRISIS, "demo-crisis-1"));
        }
        banks.add(europol, bank.id(), new eu.vigil.bank.NewEntry("URL", "https://kestrel.example/watch/8812",
                List.of("TVE-1"), eu.vigil.bank.SourceKind.ORDER, "demo"));
    }

    private RemovalOrder issue(Actor actor, IssueRequest request) {
        return switch (issuing.issue(actor, request)) {
            case IssueOutcome.Issued issued -> issued.order();
            case IssueOutcome.Refused refused -> throw new IllegalStateException("demo order refused: " + refused.message());
        };
    }

    private static IssueRequest order(UUID provider, String language, String url, String statement) {
        return new IssueRequest(null, provider, language, List.of(new IssueRequest.Item(url, null, null)),
                Set.of(TerroristContentType.INCITEMENT), statement + ".", "Duty officer", "Internet referral unit",
                null, "Competent administrative court of the issuing Member State", "one month from receipt", false,
                null, true, "Demo: first order without prior information", true, null, null);
    }

    /** BKA's order to Kestrel for a re-upload of the attack's stream, issued under the demo crisis (issue 13). */
    RemovalOrder issueUnderCrisis(UUID crisis) {
        return issue(actor("bka.officer"), order(provider("Kestrel Video Inc."), "en",
                "https://kestrel.example/watch/9120", "Re-upload of the live stream of the attack, glorifying it")
                .underCrisis(crisis));
    }

    /** A demo user as an actor with its organisation and roles. */
    Actor actor(String username) {
        User u = users.findByUsername(username).orElseThrow();
        Organisation org = organisations.find(u.organisationId()).orElseThrow();
        return new Actor(u.id().value(), u.username(), u.displayName(), Credential.PASSWORD, org.id(), org.name(),
                org.kind(), org.memberState(), u.roles());
    }

    private UUID provider(String name) {
        return providers.search(new ProviderQuery(name, null, null, null), clock.instant()).getFirst().id().value();
    }
}
