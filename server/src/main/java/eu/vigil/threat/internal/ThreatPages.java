package eu.vigil.threat.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.CurrentActor;
import eu.vigil.registry.ReferenceData;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;
import eu.vigil.threat.ThreatReports;

/** The threat-to-life page: providers file, recipients see and acknowledge. */
@Controller
class ThreatPages {

    private final ThreatReports reports;
    private final ReferenceData reference;

    ThreatPages(ThreatReports reports, ReferenceData reference) {
        this.reports = reports;
        this.reference = reference;
    }

    @GetMapping("/threats")
    String list(Model model) {
        return render(model, List.of(), null);
    }

    @PostMapping("/threats")
    String file(@RequestParam(required = false) String memberState, @RequestParam(required = false) String description,
            @RequestParam(required = false) String contentUrl, Model model) {
        try {
            reports.file(CurrentActor.get(), memberState, description, contentUrl);
            return "redirect:/threats";
        } catch (InvalidInput e) {
            return render(model, e.errors(), null);
        } catch (RuleViolation e) {
            return render(model, List.of(), e.getMessage());
        }
    }

    @PostMapping("/threats/{id}/receipt")
    String acknowledge(@PathVariable UUID id) {
        reports.acknowledge(CurrentActor.get(), id);
        return "redirect:/threats";
    }

    private String render(Model model, List<InvalidInput.FieldError> errors, String refusal) {
        model.addAttribute("reports", reports.visibleTo(CurrentActor.get()));
        model.addAttribute("states", reference.euMemberStates());
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "threats/list";
    }
}
