package eu.vigil.referral.internal;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.CurrentActor;
import eu.vigil.referral.ReferralId;
import eu.vigil.referral.ReferralRequest;
import eu.vigil.referral.Referrals;
import eu.vigil.registry.ReferenceData;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;

/**
 * The referral pages: the list, the form a referral unit sends one with, and the referral itself, where the provider
 * answers per item and the sender releases a held referral or withdraws it. Every page says the referral is not
 * binding; what a reader may do is asked of the model.
 */
@Controller
class ReferralPages {

    static final String WARNINGS = "referralWarnings";

    private final Referrals referrals;
    private final ReferenceData reference;

    ReferralPages(Referrals referrals, ReferenceData reference) {
        this.referrals = referrals;
        this.reference = reference;
    }

    @GetMapping("/referrals")
    String list(Model model) {
        var actor = CurrentActor.get();
        model.addAttribute("referrals", referrals.visibleTo(actor));
        model.addAttribute("maySend", Referrals.maySend(actor));
        return "referrals/list";
    }

    @GetMapping("/referrals/new")
    String form(Model model) {
        return renderForm(model, List.of(), null);
    }

    @PostMapping("/referrals")
    String send(@RequestParam(required = false) UUID providerId, @RequestParam(required = false) String category,
            @RequestParam(required = false) String language, @RequestParam(required = false) String requestedResponseHours,
            @RequestParam(required = false) String note, @RequestParam(required = false) String items,
            @RequestParam(required = false) String termsClause, @RequestParam(required = false) String deconflictionOverride,
            Model model, RedirectAttributes flash) {
        Integer hours = null;
        if (requestedResponseHours != null && !requestedResponseHours.isBlank()) {
            try {
                hours = Integer.valueOf(requestedResponseHours.strip());
            } catch (NumberFormatException e) {
                return renderForm(model, List.of(new InvalidInput.FieldError("requestedResponseHours", "a whole number of hours")), null);
            }
        }
        try {
            var sent = referrals.send(CurrentActor.get(), new ReferralRequest(providerId, category, language, hours, note,
                    items(items, termsClause)), deconflictionOverride);
            List<String> warnings = new ArrayList<>();
            sent.duplicates().forEach(d -> warnings.add("Item " + d.position() + " is already open in "
                    + d.existing().reference() + " sent by " + d.sender() + "|" + d.existing().href()));
            flash.addFlashAttribute(WARNINGS, warnings);
            return "redirect:/referrals/" + sent.referral().id();
        } catch (InvalidInput e) {
            return renderForm(model, e.errors().stream().map(ReferralPages::onForm).toList(), null);
        } catch (RuleViolation e) {
            return renderForm(model, List.of(), e.getMessage());
        }
    }

    /** The form's textarea: one item per line, {@code URL | hash | terms clause | account}, later parts optional. */
    static List<ReferralRequest.Item> items(String text, String defaultClause) {
        List<ReferralRequest.Item> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            String clause = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : defaultClause;
            out.add(new ReferralRequest.Item(parts[0], null, parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null,
                    clause, parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null));
        }
        return out;
    }

    /** Item errors point at the line of the textarea they concern. */
    private static InvalidInput.FieldError onForm(InvalidInput.FieldError e) {
        var m = java.util.regex.Pattern.compile("^items\\[(\\d+)]\\.(\\w+)$").matcher(e.field());
        if (m.matches()) {
            String part = m.group(2).equals("termsClause") ? "termsClause" : "items";
            return new InvalidInput.FieldError(part, "line " + (Integer.parseInt(m.group(1)) + 1) + ": " + e.message());
        }
        return e;
    }

    private String renderForm(Model model, List<InvalidInput.FieldError> errors, String refusal) {
        var actor = CurrentActor.get();
        if (!Referrals.maySend(actor)) {
            throw new eu.vigil.shared.Forbidden("Europol and competent authorities' referral units send referrals");
        }
        model.addAttribute("providers", referrals.addressees());
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("defaultHours", referrals.defaultResponse().toHours());
        model.addAttribute("languages", reference.languages());
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "referrals/new";
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable UUID id, Model model) {
        return render(model, id, List.of(), null);
    }

    private String render(Model model, UUID id, List<InvalidInput.FieldError> errors, String refusal) {
        var actor = CurrentActor.get();
        var r = referrals.get(actor, new ReferralId(id));
        model.addAttribute("referral", r);
        model.addAttribute("also", referrals.alsoSentBy(r));
        model.addAttribute("mayAnswer", r.mayAnswer(actor));
        model.addAttribute("mayRelease", r.mayRelease(actor));
        model.addAttribute("mayWithdraw", r.mayWithdraw(actor));
        model.addAttribute("states", reference.euMemberStates());
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        if (!model.containsAttribute(WARNINGS)) {
            model.addAttribute(WARNINGS, List.of());
        }
        return "referrals/referral";
    }

    @GetMapping(value = "/referrals/{id}.pdf", produces = "application/pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable UUID id, Model model) {
        var r = referrals.get(CurrentActor.get(), new ReferralId(id));
        var shell = (eu.vigil.web.Shell) model.getAttribute("shell");
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + r.reference() + ".pdf\"")
                .body(ReferralDocument.pdf(r, shell));
    }

    @PostMapping("/referrals/{id}/items/{position}/feedback")
    String answer(@PathVariable UUID id, @PathVariable int position, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String action, @RequestParam(required = false) String memberStates,
            @RequestParam(required = false) String reason, Model model) {
        List<String> states = memberStates == null ? List.of() : Arrays.stream(memberStates.split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        try {
            referrals.answer(CurrentActor.get(), new ReferralId(id), List.of(new Referrals.Feedback(position, outcome,
                    action, states, reason)));
            return "redirect:/referrals/" + id + "#item-" + position;
        } catch (InvalidInput e) {
            return render(model, id, e.errors().stream().map(err -> new InvalidInput.FieldError(
                    "items[" + (position - 1) + "]." + err.field(), err.message())).toList(), null);
        } catch (RuleViolation e) {
            return render(model, id, List.of(), e.getMessage());
        }
    }

    @PostMapping("/referrals/{id}/release")
    String release(@PathVariable UUID id, @RequestParam(required = false) String justification, Model model) {
        try {
            referrals.release(CurrentActor.get(), new ReferralId(id), justification);
            return "redirect:/referrals/" + id;
        } catch (RuleViolation e) {
            return render(model, id, e.reason().equals("JUSTIFICATION_REQUIRED")
                    ? List.of(new InvalidInput.FieldError("justification", e.getMessage())) : List.of(),
                    e.reason().equals("JUSTIFICATION_REQUIRED") ? null : e.getMessage());
        }
    }

    @PostMapping("/referrals/{id}/withdraw")
    String withdraw(@PathVariable UUID id, Model model) {
        try {
            referrals.withdraw(CurrentActor.get(), new ReferralId(id));
            return "redirect:/referrals/" + id;
        } catch (RuleViolation e) {
            return render(model, id, List.of(), e.getMessage());
        }
    }
}
