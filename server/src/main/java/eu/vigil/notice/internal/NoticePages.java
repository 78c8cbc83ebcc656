package eu.vigil.notice.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import eu.vigil.notice.NoticeId;
import eu.vigil.notice.NoticeMeasure;
import eu.vigil.notice.NoticeRequest;
import eu.vigil.notice.Notices;
import eu.vigil.notice.TrustedFlaggers;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;
import eu.vigil.statements.StatementDraft;
import eu.vigil.statements.TransparencyDatabaseSchema;

/**
 * The notice pages: the list (a provider's open and prioritised notices first), the form a notifier submits one with,
 * and the notice itself, where the provider decides per item. Every page a provider sees says the notice is not
 * binding; what a reader may do is asked of the model.
 */
@Controller
class NoticePages {

    static final String WARNINGS = "noticeWarnings";

    private final Notices notices;

    NoticePages(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String list(Model model) {
        var actor = CurrentActor.get();
        model.addAttribute("notices", notices.visibleTo(actor));
        model.addAttribute("maySend", Notices.maySend(actor));
        model.addAttribute("mayImport", TrustedFlaggers.mayImport(actor));
        return "notices/list";
    }

    @GetMapping("/notices/new")
    String form(Model model) {
        return renderForm(model, List.of(), null);
    }

    @PostMapping("/notices")
    String submit(@RequestParam(required = false) UUID providerId, @RequestParam(required = false) String category,
            @RequestParam(required = false) String explanation, @RequestParam(required = false) String language,
            @RequestParam(required = false) String notifierName, @RequestParam(required = false) String notifierEmail,
            @RequestParam(required = false) String anonymous, @RequestParam(required = false) String goodFaith,
            @RequestParam(required = false) String items, Model model, RedirectAttributes flash) {
        try {
            var submitted = notices.submit(CurrentActor.get(), new NoticeRequest(providerId, category, explanation,
                    language, notifierName, notifierEmail, anonymous != null, goodFaith != null, items(items)));
            List<String> warnings = new ArrayList<>();
            submitted.duplicates().forEach(d -> warnings.add("Item " + d.position() + " is already open in "
                    + d.existing().reference() + " sent by " + d.sender() + "|" + d.existing().href()));
            flash.addFlashAttribute(WARNINGS, warnings);
            return "redirect:/notices/" + submitted.notice().id();
        } catch (InvalidInput e) {
            return renderForm(model, e.errors().stream().map(NoticePages::onForm).toList(), null);
        } catch (RuleViolation e) {
            return renderForm(model, e.errors(), e.errors().isEmpty() ? e.getMessage() : null);
        }
    }

    /** The form's textarea: one item per line, {@code URL | hash}, the hash optional. */
    static List<NoticeRequest.Location> items(String text) {
        List<NoticeRequest.Location> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            out.add(new NoticeRequest.Location(parts[0], null, parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null));
        }
        return out;
    }

    private static InvalidInput.FieldError onForm(InvalidInput.FieldError e) {
        var m = java.util.regex.Pattern.compile("^items\\[(\\d+)]\\.(\\w+)$").matcher(e.field());
        return m.matches() ? new InvalidInput.FieldError("items", "line " + (Integer.parseInt(m.group(1)) + 1) + ": "
                + e.message()) : e;
    }

    private String renderForm(Model model, List<InvalidInput.FieldError> errors, String refusal) {
        if (!Notices.maySend(CurrentActor.get())) {
            throw new eu.vigil.shared.Forbidden("competent authorities, Europol and notifying bodies send notices");
        }
        model.addAttribute("providers", notices.addressees());
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "notices/new";
    }

    @GetMapping("/notices/{id}")
    String notice(@PathVariable UUID id, Model model) {
        return render(model, id, List.of(), null);
    }

    private String render(Model model, UUID id, List<InvalidInput.FieldError> errors, String refusal) {
        var actor = CurrentActor.get();
        var n = notices.get(actor, new NoticeId(id));
        boolean party = actor.organisationId().value().equals(n.senderId())
                || actor.organisationId().value().equals(n.providerId());
        model.addAttribute("notice", n);
        model.addAttribute("also", notices.alsoSentBy(n));
        model.addAttribute("mayDecide", n.mayDecide(actor));
        model.addAttribute("showNotifier", party);
        model.addAttribute("statements", notices.statementsOf(actor, n));
        model.addAttribute("measures", NoticeMeasure.values());
        model.addAttribute("contentTypes", TransparencyDatabaseSchema.CONTENT_TYPES);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        if (!model.containsAttribute(WARNINGS)) {
            model.addAttribute(WARNINGS, List.of());
        }
        return "notices/notice";
    }

    @PostMapping("/notices/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "contentTypes", required = false) List<String> contentTypes, Model model) {
        var actor = CurrentActor.get();
        var n = notices.get(actor, new NoticeId(id));
        List<Notices.ItemChoice> choices = new ArrayList<>();
        n.items().stream().filter(i -> i.open()).forEach(i -> {
            String measure = form.get("measure-" + i.position());
            if (measure != null && !measure.isBlank()) {
                choices.add(new Notices.ItemChoice(i.position(), measure, form.get("reason-" + i.position())));
            }
        });
        try {
            var draft = new StatementDraft(contentTypes == null ? List.of() : contentTypes, form.get("contentTypeOther"),
                    date(form.get("contentDate")), null, form.get("decisionFacts"), form.get("automatedDetection") != null);
            notices.decide(actor, new NoticeId(id), new Notices.Decision(choices, null, null,
                    form.get("ground"), form.get("groundText"), form.get("explanation"), draft));
            return "redirect:/notices/" + id;
        } catch (InvalidInput e) {
            return render(model, id, e.errors().stream().map(err -> err.field().startsWith("items[")
                    ? new InvalidInput.FieldError("measure", err.message()) : err).toList(), null);
        } catch (RuleViolation e) {
            return render(model, id, e.errors(), e.getMessage());
        }
    }

    private static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("contentDate", "a date YYYY-MM-DD")));
        }
    }
}
