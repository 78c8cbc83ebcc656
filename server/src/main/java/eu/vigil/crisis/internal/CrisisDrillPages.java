package eu.vigil.crisis.internal;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.crisis.CrisisDrills;
import eu.vigil.crisis.CrisisId;
import eu.vigil.crisis.CrisisLinks;
import eu.vigil.crisis.CrisisParticipants;
import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RefusedForm;
import eu.vigil.shared.StateConflict;

/**
 * The contact-point drill pages (issue 13, point 2) and the board's link of a threat-to-life report: the coordinator
 * starts a drill from {@code /crises}, every participant acknowledges it there or on its page, and the drill's page
 * follows the answers live. Forms post, then return to their page (post-redirect-get).
 */
@Controller
class CrisisDrillPages {

    private final CrisisDrills drills;
    private final CrisisLinks links;
    private final java.time.Clock clock;

    CrisisDrillPages(CrisisDrills drills, CrisisLinks links, java.time.Clock clock) {
        this.drills = drills;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/crises/drills/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.get();
        var drill = drills.get(actor, id);
        model.addAttribute("drill", drill);
        model.addAttribute("open", drill.openAt(clock.instant()));
        model.addAttribute("coordinator", CrisisParticipants.coordinator(actor));
        model.addAttribute("own", drill.replies().stream()
                .filter(r -> r.organisation().equals(actor.organisationId().value())).findFirst().orElse(null));
        return "crisis/drill";
    }

    @PostMapping("/crises/drills")
    String start() {
        var drill = act("/crises", () -> drills.start(CurrentActor.get()));
        return "redirect:/crises/drills/" + drill.id();
    }

    @PostMapping("/crises/drills/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id) {
        String page = "/crises/drills/" + id;
        act(page, () -> drills.acknowledge(CurrentActor.get(), id));
        return "redirect:" + page;
    }

    @PostMapping("/crises/drills/{id}/closure")
    String close(@PathVariable UUID id) {
        String page = "/crises/drills/" + id;
        act(page, () -> drills.close(CurrentActor.get(), id));
        return "redirect:" + page;
    }

    @PostMapping("/crises/{id}/threat-reports")
    String linkThreatReport(@PathVariable UUID id, @RequestParam(required = false) String reportId) {
        String page = "/crises/" + id;
        act(page, () -> links.linkThreatReport(CurrentActor.get(), new CrisisId(id), parsed(reportId)));
        return "redirect:" + page;
    }

    private static UUID parsed(String reportId) {
        if (reportId == null || reportId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(reportId.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("reportId", "the report's id, as the threat-to-life reports page shows it");
        }
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
