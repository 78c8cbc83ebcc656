package eu.vigil.removalorder.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;
import eu.vigil.removalorder.Complaint;
import eu.vigil.removalorder.Complaints;
import eu.vigil.removalorder.Exposure;
import eu.vigil.removalorder.SpecificMeasureRemoval;
import eu.vigil.removalorder.SpecificMeasureRemovalId;
import eu.vigil.removalorder.SpecificMeasureRemovals;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.StateConflict;

/**
 * The provider's page of its removals under specific measures (Art. 5(2)) and the complaints about them (Art. 10):
 * it records a removal, a complaint received, and the outcome. The role-(c) authority of the host Member State
 * reads the same page.
 */
@Controller
class SpecificMeasureRemovalPages {

    private final SpecificMeasureRemovals removals;
    private final Complaints complaints;
    private final Exposure exposure;
    private final HostingServiceProviders providers;
    private final Clock clock;

    SpecificMeasureRemovalPages(SpecificMeasureRemovals removals, Complaints complaints, Exposure exposure,
            HostingServiceProviders providers, Clock clock) {
        this.removals = removals;
        this.complaints = complaints;
        this.exposure = exposure;
        this.providers = providers;
        this.clock = clock;
    }

    @GetMapping("/specific-measure-removals")
    String list(Model model) {
        return render(model, List.of());
    }

    @PostMapping("/specific-measure-removals")
    String record(@RequestParam(required = false) String url, @RequestParam(required = false) String action,
            @RequestParam(required = false) String specificMeasure, @RequestParam(required = false) UUID exposureCase,
            @RequestParam(required = false) String actedAt, Model model) {
        return act(model, () -> removals.record(CurrentActor.get(), url, action(action), utc(actedAt, "actedAt"),
                specificMeasure, exposureCase));
    }

    @PostMapping("/specific-measure-removals/{id}/complaints")
    String complaint(@PathVariable UUID id, @RequestParam(required = false) String complainantReference,
            @RequestParam(required = false) String grounds, @RequestParam(required = false) String receivedAt, Model model) {
        return act(model, () -> complaints.record(CurrentActor.get(), new SpecificMeasureRemovalId(id), complainantReference,
                grounds, utc(receivedAt, "receivedAt")));
    }

    @PostMapping("/specific-measure-removals/complaints/{complaintId}/outcome")
    String outcome(@PathVariable UUID complaintId, @RequestParam(required = false) Complaint.Outcome outcome,
            @RequestParam(required = false) String reasons, @RequestParam(required = false) String redressInformation,
            Model model) {
        return act(model, () -> complaints.decide(CurrentActor.get(), complaintId, outcome, reasons, redressInformation));
    }

    private static SpecificMeasureRemoval.Action action(String text) {
        try {
            return text == null || text.isBlank() ? null : SpecificMeasureRemoval.Action.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("action", "REMOVED or DISABLED");
        }
    }

    /** A {@code datetime-local} value in the reader's time zone (issue 12); null when empty (now). */
    private static Instant utc(String text, String field) {
        return eu.vigil.shared.ReaderZone.typed(text, field);
    }

    private String act(Model model, Runnable step) {
        try {
            step.run();
            return "redirect:/specific-measure-removals";
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/specific-measure-removals", e.errors());
        } catch (RuleViolation e) {
            throw eu.vigil.shared.RefusedForm.of("/specific-measure-removals", e.reason(), e.getMessage());
        } catch (StateConflict e) {
            throw eu.vigil.shared.RefusedForm.of("/specific-measure-removals", e.reason(), e.getMessage());
        }
    }

    private String render(Model model, List<InvalidInput.FieldError> errors) {
        Actor actor = CurrentActor.get();
        List<SpecificMeasureRemoval> visible = removals.visibleTo(actor);
        Map<SpecificMeasureRemovalId, List<Complaint>> about = new LinkedHashMap<>();
        Map<UUID, String> names = new HashMap<>();
        for (SpecificMeasureRemoval r : visible) {
            about.put(r.id(), complaints.of(actor, r.id()));
            names.computeIfAbsent(r.providerId(), p -> providers.asOf(new ProviderId(p), clock.instant())
                    .map(HostingServiceProvider::name).orElse(p.toString()));
        }
        boolean provider = actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER;
        model.addAttribute("removals", visible);
        model.addAttribute("complaints", about);
        model.addAttribute("names", names);
        model.addAttribute("isProvider", provider);
        model.addAttribute("cases", provider ? exposure.visibleTo(actor) : List.of());
        model.addAttribute("errors", errors);
        return "orders/removals";
    }
}
