package eu.vigil.removalorder.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.CurrentActor;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;
import eu.vigil.removalorder.Exposure;
import eu.vigil.removalorder.ExposureCase;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;

/**
 * The Art. 5 page: the role-(c) authority decides exposure and reviews; the provider submits its specific-measures
 * reports and may request a review.
 */
@Controller
class ExposurePages {

    private final Exposure exposure;
    private final HostingServiceProviders providers;
    private final Clock clock;

    ExposurePages(Exposure exposure, HostingServiceProviders providers, Clock clock) {
        this.exposure = exposure;
        this.providers = providers;
        this.clock = clock;
    }

    @GetMapping("/exposure")
    String list(Model model) {
        return render(model, List.of());
    }

    @PostMapping("/exposure/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) Boolean exposed,
            @RequestParam(required = false) String reasons, Model model) {
        return act(model, () -> {
            if (exposed == null) {
                throw InvalidInput.of("exposed", "decide whether the provider is exposed");
            }
            exposure.decide(CurrentActor.get(), id, exposed, reasons);
        });
    }

    @PostMapping("/exposure/{id}/reports")
    String report(@PathVariable UUID id, @RequestParam(required = false) String summary, Model model) {
        return act(model, () -> exposure.submitReport(CurrentActor.get(), id, summary));
    }

    @PostMapping("/exposure/{id}/review-request")
    String requestReview(@PathVariable UUID id, @RequestParam(required = false) String reasons, Model model) {
        return act(model, () -> exposure.requestReview(CurrentActor.get(), id, reasons));
    }

    @PostMapping("/exposure/{id}/end")
    String end(@PathVariable UUID id, @RequestParam(required = false) String reasons, Model model) {
        return act(model, () -> exposure.endExposure(CurrentActor.get(), id, reasons));
    }

    @PostMapping("/exposure/{id}/review-outcome")
    String decideReview(@PathVariable UUID id, @RequestParam(required = false) String outcome, Model model) {
        return act(model, () -> exposure.decideReview(CurrentActor.get(), id, outcome));
    }

    private String act(Model model, Runnable step) {
        try {
            step.run();
            return "redirect:/exposure";
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/exposure", e.errors());
        } catch (RuleViolation e) {
            throw eu.vigil.shared.RefusedForm.of("/exposure", e.reason(), e.getMessage());
        }
    }

    private String render(Model model, List<InvalidInput.FieldError> errors) {
        List<ExposureCase> cases = exposure.visibleTo(CurrentActor.get());
        Map<UUID, String> names = new HashMap<>();
        for (ExposureCase c : cases) {
            names.computeIfAbsent(c.providerId(), p -> providers.asOf(new ProviderId(p), clock.instant())
                    .map(HostingServiceProvider::name).orElse(p.toString()));
        }
        model.addAttribute("cases", cases);
        model.addAttribute("names", names);
        model.addAttribute("errors", errors);
        return "orders/exposure";
    }
}
