package eu.vigil.demo;


import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;

import eu.vigil.crisis.CrisisBoard;
import eu.vigil.crisis.CrisisDrills;
import eu.vigil.crisis.CrisisItems;
import eu.vigil.crisis.CrisisCase;
import eu.vigil.crisis.CrisisParticipants;
import eu.vigil.crisis.CrisisStep;
import eu.vigil.crisis.Crises;
import eu.vigil.crisis.ExternalActivation;
import eu.vigil.crisis.ItemStatus;
import eu.vigil.identity.Actor;

/**
 * A (fictional) crisis for the demo: Kestrel and Parlo take part in the EU Crisis Protocol; Kestrel raised an alert
 * about a livestreamed attack, Europol activated the Protocol and linked the GIFCT incident, Parlo acknowledged and
 * posted a situation report; Kestrel has not acknowledged yet, so the board shows who is missing. Kestrel shares the
 * stream's hash and URLs on the crisis list, Parlo finds and removes a copy, BKA issues an order under the crisis. An
 * earlier alert (a hoax) was dismissed, an earlier crisis is closed with its post-crisis review, and a contact-point
 * drill is open with Parlo's answer.
 */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoCrisis {

    private final Crises crises;
    private final CrisisBoard board;
    private final CrisisParticipants participants;
    private final DemoOrders orders;
    private final CrisisItems items;
    private final CrisisDrills drills;

    DemoCrisis(Crises crises, CrisisBoard board, CrisisParticipants participants, DemoOrders orders, CrisisItems items,
            CrisisDrills drills) {
        this.items = items;
        this.drills = drills;
        this.crises = crises;
        this.board = board;
        this.participants = participants;
        this.orders = orders;
    }

    void seed() {
        Actor kestrel = actor("kestrel.admin");
        Actor parlo = actor("parlo.admin");
        Actor europol = actor("europol.iru");
        participants.optIn(kestrel, "Kestrel trust & safety night desk", "crisis@kestrel.example", "+353 1 555 0142");
        participants.optIn(parlo, "Parlo on-call moderator", "oncall@parlo.example", "+49 30 555 0177");
        Actor bka = actor("bka.officer");
        seedPast(bka, parlo, europol);
        CrisisCase crisis = crises.raiseAlert(kestrel, "Livestreamed attack (demo)",
                "A live stream of an attack in a shopping centre is being re-uploaded on our service and linked from "
                        + "other platforms; about 40 copies in the last 20 minutes.");
        crises.step(europol, crisis.id(), CrisisStep.ACTIVATE,
                "Criteria met: terrorist content of an ongoing attack spreading across several platforms");
        board.link(europol, crisis.id(), ExternalActivation.Kind.GIFCT_INCIDENT, "CIP-DEMO-01",
                "Content Incident Protocol");
        crises.acknowledge(parlo, crisis.id());
        crises.report(parlo, crisis.id(), "Parlo: 12 re-uploads removed by hash match, 3 accounts suspended.");
        var shared = items.share(kestrel, crisis.id(), List.of(
                new CrisisItems.NewItem("PDQ", "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
                        List.of("TVE-1")),
                new CrisisItems.NewItem("URL", "https://kestrel.example/watch/9120", List.of("TVE-1")),
                new CrisisItems.NewItem("URL", "https://mirror.example/attack-stream.mp4", List.of("TVE-1"))));
        long hash = shared.entryIds().getFirst();
        items.mark(parlo, crisis.id(), hash, ItemStatus.FOUND, 7);
        items.mark(parlo, crisis.id(), hash, ItemStatus.REMOVED, 7);
        orders.issueUnderCrisis(crisis.id().value());
        var drill = drills.start(europol);
        drills.acknowledge(parlo, drill.id());
    }

    /** A dismissed hoax and a crisis that ran its course: activated, de-escalated, closed and reviewed. */
    private void seedPast(Actor bka, Actor parlo, Actor europol) {
        CrisisCase hoax = crises.raiseAlert(bka, "Claimed attack video (demo)", "A video claiming to show an attack "
                + "in Leipzig is shared in several channels.");
        crises.step(europol, hoax.id(), CrisisStep.ASSESS, "Checking the video's origin with the Member State");
        crises.step(europol, hoax.id(), CrisisStep.DISMISS, "The video is a 2019 film scene, not an attack");
        CrisisCase past = crises.raiseAlert(parlo, "Manifesto before an attack (demo)", "A manifesto announcing an "
                + "attack is posted in a public group and re-shared on other services.");
        crises.step(europol, past.id(), CrisisStep.ACTIVATE, "Announced attack, content spreading across services");
        crises.acknowledge(parlo, past.id());
        crises.report(parlo, past.id(), "Parlo: the manifesto and 9 re-shares removed, the group closed.");
        crises.step(europol, past.id(), CrisisStep.DE_ESCALATE, "No new copies for two hours");
        crises.step(europol, past.id(), CrisisStep.CLOSE, "Spread stopped; the author was arrested");
        crises.step(europol, past.id(), CrisisStep.RECORD_REVIEW, "Activation within minutes of the alert; the "
                + "manifesto was removed on every participating service within the hour. Lesson: ask providers for "
                + "hashes of attachments at once, not only URLs.");
    }

    private Actor actor(String username) {
        return orders.actor(username);
    }
}
