package eu.vigil.penalty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.CurrentActor;
import eu.vigil.penalty.LegalBasis;
import eu.vigil.penalty.PenaltyProceedings;
import eu.vigil.penalty.ProceedingId;
import eu.vigil.penalty.Sanction;
import eu.vigil.shared.InvalidInput;

/**
 * The penalties pages: the role-(d) authority lists the proceedings of its Member State and the providers under its
 * jurisdiction, opens one on a provider's page (with the Art. 18(3) indicator) and decides it; a provider reads its own.
 */
@Controller
class PenaltyPages {

    private final PenaltyProceedings proceedings;

    PenaltyPages(PenaltyProceedings proceedings) {
        this.proceedings = proceedings;
    }

    @GetMapping("/penalties")
    String list(Model model) {
        var actor = CurrentActor.get();
        boolean conducts = proceedings.penaltyAuthority(actor).isPresent();
        model.addAttribute("proceedings", proceedings.visibleTo(actor));
        model.addAttribute("conducts", conducts);
        model.addAttribute("providers", conducts ? proceedings.underJurisdiction(actor) : List.of());
        return "penalties/list";
    }

    @GetMapping("/penalties/providers/{providerId}")
    String provider(@PathVariable UUID providerId, Model model) {
        return providerPage(providerId, model, List.of());
    }

    private String providerPage(UUID providerId, Model model, List<InvalidInput.FieldError> errors) {
        var actor = CurrentActor.get();
        model.addAttribute("indicator", proceedings.indicator(actor, providerId));
        model.addAttribute("providerId", providerId);
        model.addAttribute("proceedings", proceedings.visibleTo(actor).stream()
                .filter(p -> p.providerId().equals(providerId)).toList());
        model.addAttribute("bases", LegalBasis.values());
        model.addAttribute("errors", errors);
        return "penalties/provider";
    }

    @PostMapping("/penalties")
    String open(@RequestParam UUID providerId, @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) String facts, @RequestParam(required = false) String orderIds, Model model) {
        try {
            LegalBasis basis = legalBasis == null || legalBasis.isBlank() ? null : LegalBasis.valueOf(legalBasis);
            var opened = proceedings.open(CurrentActor.get(), new PenaltyProceedings.Opening(providerId, basis, facts,
                    ids("orderIds", orderIds), List.of()));
            return "redirect:/penalties/" + opened.id();
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/penalties/providers/" + providerId, e.errors());
        } catch (IllegalArgumentException e) {
            throw eu.vigil.shared.RefusedForm.of("/penalties/providers/" + providerId, "legalBasis", "choose an obligation");
        }
    }

    private static List<UUID> ids(String field, String text) {
        List<UUID> out = new ArrayList<>();
        for (String s : Arrays.stream(text == null ? new String[0] : text.split("[\\s,]+")).filter(x -> !x.isBlank()).toList()) {
            try {
                out.add(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of(field, "order ids separated by commas or spaces");
            }
        }
        return out;
    }

    @GetMapping("/penalties/{id}")
    String proceeding(@PathVariable UUID id, Model model) {
        return proceedingPage(id, model, List.of());
    }

    private String proceedingPage(UUID id, Model model, List<InvalidInput.FieldError> errors) {
        var actor = CurrentActor.get();
        var p = proceedings.get(actor, new ProceedingId(id));
        model.addAttribute("proceeding", p);
        model.addAttribute("mayDecide", p.state().mayDecide()
                && proceedings.penaltyAuthority(actor).map(a -> a.memberState().equals(p.memberState())).orElse(false));
        model.addAttribute("sanctions", Sanction.values());
        model.addAttribute("errors", errors);
        return "penalties/proceeding";
    }

    @PostMapping("/penalties/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String sanction,
            @RequestParam(required = false) String amountEur, @RequestParam(required = false) String description,
            @RequestParam(required = false) String circumstances, @RequestParam(required = false) String decidedOn,
            Model model) {
        try {
            proceedings.decide(CurrentActor.get(), new ProceedingId(id),
                    sanction == null || sanction.isBlank() ? null : Sanction.valueOf(sanction),
                    amountEur == null || amountEur.isBlank() ? null : amount(amountEur),
                    description, circumstances, decidedOn == null || decidedOn.isBlank() ? null : date(decidedOn));
            return "redirect:/penalties/" + id;
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/penalties/" + id, e.errors());
        }
    }

    private static BigDecimal amount(String s) {
        try {
            return new BigDecimal(s.strip().replace(" ", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("amountEur", "an amount in euro, e.g. 25000.00");
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("decidedOn", "a date, YYYY-MM-DD");
        }
    }
}
