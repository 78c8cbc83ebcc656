package eu.vigil.demo;


import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import eu.vigil.crisis.CrisisBoard;
import eu.vigil.crisis.CrisisCase;
import eu.vigil.crisis.CrisisParticipants;
import eu.vigil.crisis.CrisisStep;
import eu.vigil.crisis.Crises;
import eu.vigil.crisis.ExternalActivation;
import eu.vigil.identity.Actor;

/**
 * A (fictional) crisis for the demo: Kestrel and Parlo take part in the EU Crisis Protocol; Kestrel raised an alert
 * about a livestreamed attack, Europol activated the Protocol and linked the GIFCT incident, Parlo acknowledged and
 * posted a situation report; Kestrel has not acknowledged yet, so the board shows who is missing.
 */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoCrisis {

    private final Crises crises;
    private final CrisisBoard board;
    private final CrisisParticipants participants;
    private final DemoOrders orders;

    DemoCrisis(Crises crises, CrisisBoard board, CrisisParticipants participants, DemoOrders orders) {
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
        CrisisCase crisis = crises.raiseAlert(kestrel, "Livestreamed attack (demo)",
                "A live stream of an attack in a shopping centre is being re-uploaded on our service and linked from "
                        + "other platforms; about 40 copies in the last 20 minutes.");
        crises.step(europol, crisis.id(), CrisisStep.ACTIVATE,
                "Criteria met: terrorist content of an ongoing attack spreading across several platforms");
        board.link(europol, crisis.id(), ExternalActivation.Kind.GIFCT_INCIDENT, "CIP-DEMO-01",
                "Content Incident Protocol");
        crises.acknowledge(parlo, crisis.id());
        crises.report(parlo, crisis.id(), "Parlo: 12 re-uploads removed by hash match, 3 accounts suspended.");
    }

    private Actor actor(String username) {
        return orders.actor(username);
    }
}
