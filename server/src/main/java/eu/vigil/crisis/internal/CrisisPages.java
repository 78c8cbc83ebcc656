package eu.vigil.crisis.internal;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.crisis.CrisisBoard;
import eu.vigil.crisis.CrisisId;
import eu.vigil.crisis.CrisisParticipants;
import eu.vigil.crisis.CrisisStep;
import eu.vigil.crisis.Crises;
import eu.vigil.crisis.ExternalActivation;
import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RefusedForm;
import eu.vigil.shared.StateConflict;

/**
 * The crisis pages (issue 13): the list of crisis cases with the alert form, and one board per crisis that updates
 * live. Every form posts, then returns to its page (post-redirect-get); refusals are shown there with what was typed.
 * The board offers only the steps the model allows the reader.
 */
@Controller
class CrisisPages {

    private final Crises crises;
    private final CrisisBoard board;
    private final CrisisParticipants participants;
    private final eu.vigil.crisis.CrisisReviews reviews;
    private final eu.vigil.crisis.CrisisLinks links;
    private final eu.vigil.crisis.CrisisDrills drills;
    private final java.time.Clock clock;

    CrisisPages(Crises crises, CrisisBoard board, CrisisParticipants participants,
            eu.vigil.crisis.CrisisReviews reviews, eu.vigil.crisis.CrisisLinks links,
            eu.vigil.crisis.CrisisDrills drills, java.time.Clock clock) {
        this.reviews = reviews;
        this.links = links;
        this.drills = drills;
        this.clock = clock;
        this.crises = crises;
        this.board = board;
        this.participants = participants;
    }

    @GetMapping("/crises")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        boolean takesPart = participants.takesPart(actor);
        model.addAttribute("takesPart", takesPart);
        var cases = takesPart ? crises.list(actor) : java.util.List.<eu.vigil.crisis.CrisisCase>of();
        model.addAttribute("crises", cases);
        model.addAttribute("reviewFlagged", reviews.flagged(cases));
        model.addAttribute("contact", participants.contact(actor.organisationId().value()).orElse(null));
        model.addAttribute("drills", takesPart ? drills.list(actor).stream().filter(d -> d.openAt(clock.instant()))
                .toList() : java.util.List.of());
        return "crisis/list";
    }

    @GetMapping("/crises/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.get();
        var b = board.of(actor, new CrisisId(id));
        model.addAttribute("board", b);
        model.addAttribute("acknowledged", b.roster().stream()
                .anyMatch(r -> r.organisation().equals(actor.organisationId().value()) && r.acknowledgedAt().isPresent()));
        model.addAttribute("kinds", ExternalActivation.Kind.values());
        model.addAttribute("links", links.of(actor, new CrisisId(id)));
        return "crisis/board";
    }

    @PostMapping("/crises")
    String raise(@RequestParam(required = false) String title, @RequestParam(required = false) String observation) {
        var crisis = act("/crises", () -> crises.raiseAlert(CurrentActor.get(), title, observation));
        return "redirect:/crises/" + crisis.id();
    }

    @PostMapping("/crises/participation")
    String optIn(@RequestParam(required = false) String contactName, @RequestParam(required = false) String contactEmail,
            @RequestParam(required = false) String contactPhone) {
        act("/crises", () -> participants.optIn(CurrentActor.get(), contactName, contactEmail, contactPhone));
        return "redirect:/crises";
    }

    @PostMapping("/crises/{id}/steps")
    String step(@PathVariable UUID id, @RequestParam(required = false) CrisisStep step,
            @RequestParam(required = false) String reason) {
        String page = "/crises/" + id;
        act(page, () -> {
            if (step == null) {
                throw InvalidInput.of("step", "choose the step");
            }
            return crises.step(CurrentActor.get(), new CrisisId(id), step, reason);
        });
        return "redirect:" + page;
    }

    @PostMapping("/crises/{id}/situation-reports")
    String report(@PathVariable UUID id, @RequestParam(required = false) String text) {
        String page = "/crises/" + id;
        act(page, () -> crises.report(CurrentActor.get(), new CrisisId(id), text));
        return "redirect:" + page;
    }

    @PostMapping("/crises/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id) {
        String page = "/crises/" + id;
        act(page, () -> crises.acknowledge(CurrentActor.get(), new CrisisId(id)));
        return "redirect:" + page;
    }

    @PostMapping("/crises/{id}/external-activations")
    String link(@PathVariable UUID id, @RequestParam(required = false) ExternalActivation.Kind kind,
            @RequestParam(required = false) String externalId, @RequestParam(required = false) String incidentType) {
        String page = "/crises/" + id;
        act(page, () -> board.link(CurrentActor.get(), new CrisisId(id), kind, externalId, incidentType));
        return "redirect:" + page;
    }

    /** Runs a step; field errors and refusals go back to {@code page} with what was typed. */
    private static <T> T act(String page, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInput e) {
            throw new RefusedForm(page, e.errors());
        } catch (StateConflict e) {
            throw RefusedForm.of(page, e.reason(), e.getMessage());
        }
    }
}
