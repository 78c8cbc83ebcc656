package eu.vigil.deconfliction.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.deconfliction.Deconfliction;
import eu.vigil.deconfliction.InvestigationFlag;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;

/** The investigation-flags page of authorities and Europol: flag URLs or hashes, see and withdraw own flags. */
@Controller
class DeconflictionPages {

    private final Deconfliction deconfliction;

    DeconflictionPages(Deconfliction deconfliction) {
        this.deconfliction = deconfliction;
    }

    @GetMapping("/deconfliction")
    String list(Model model) {
        return render(model, List.of());
    }

    @PostMapping("/deconfliction")
    String flag(@RequestParam(required = false) String kind, @RequestParam(required = false) String value,
            @RequestParam(required = false) String caseReference, @RequestParam(required = false) String expiresOn,
            Model model) {
        InvestigationFlag.Kind k = null;
        java.time.Instant expires = null;
        try {
            k = kind == null || kind.isBlank() ? null : InvestigationFlag.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return render(model, List.of(new InvalidInput.FieldError("kind", "URL or HASH")));
        }
        try {
            expires = expiresOn == null || expiresOn.isBlank() ? null
                    : LocalDate.parse(expiresOn.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return render(model, List.of(new InvalidInput.FieldError("expiresOn", "a date YYYY-MM-DD")));
        }
        try {
            deconfliction.flag(CurrentActor.get(), k, value, caseReference, expires);
            return "redirect:/deconfliction";
        } catch (InvalidInput e) {
            return render(model, e.errors());
        }
    }

    @PostMapping("/deconfliction/{id}/withdrawal")
    String withdraw(@PathVariable UUID id) {
        deconfliction.withdraw(CurrentActor.get(), id);
        return "redirect:/deconfliction";
    }

    private String render(Model model, List<InvalidInput.FieldError> errors) {
        model.addAttribute("flags", deconfliction.own(CurrentActor.get()));
        model.addAttribute("errors", errors);
        return "deconfliction/flags";
    }
}
