package eu.vigil.referral.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.CurrentActor;
import eu.vigil.referral.ActionDay;
import eu.vigil.referral.ActionDays;
import eu.vigil.referral.Referrals;
import eu.vigil.shared.InvalidInput;

/** Referral action days: the upload form, the list of campaigns, and a campaign's summary with every row's result. */
@Controller
class ActionDayPages {

    /** Rows with a message shown on the page; all rows are in the CSV. */
    static final int SHOWN_ROWS = 500;

    private final ActionDays days;
    private final Referrals referrals;

    ActionDayPages(ActionDays days, Referrals referrals) {
        this.days = days;
        this.referrals = referrals;
    }

    @GetMapping("/referrals/action-days")
    String list(Model model) {
        return render(model, List.of());
    }

    private String render(Model model, List<InvalidInput.FieldError> errors) {
        var actor = CurrentActor.get();
        model.addAttribute("days", days.visibleTo(actor));
        model.addAttribute("maySend", Referrals.maySend(actor));
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("defaultHours", referrals.defaultResponse().toHours());
        model.addAttribute("errors", errors);
        return "referrals/actionDays";
    }

    @PostMapping("/referrals/action-days")
    String upload(@RequestParam(required = false) String name, @RequestParam(required = false) String category,
            @RequestParam(required = false) String termsClause, @RequestParam(required = false) String requestedResponseHours,
            @RequestParam(required = false) String deconflictionOverride,
            @RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        Integer hours = null;
        try {
            hours = requestedResponseHours == null || requestedResponseHours.isBlank() ? null
                    : Integer.valueOf(requestedResponseHours.strip());
        } catch (NumberFormatException e) {
            return render(model, List.of(new InvalidInput.FieldError("requestedResponseHours", "a whole number of hours")));
        }
        if (file == null || file.isEmpty()) {
            return render(model, List.of(new InvalidInput.FieldError("file", "choose the CSV file of the campaign")));
        }
        try {
            var imported = days.importCsv(CurrentActor.get(), new ActionDays.Campaign(name, file.getOriginalFilename(),
                    category, termsClause, hours, deconflictionOverride), new String(file.getBytes(), StandardCharsets.UTF_8));
            return "redirect:/referrals/action-days/" + imported.day().id();
        } catch (InvalidInput e) {
            return render(model, e.errors());
        }
    }

    @GetMapping("/referrals/action-days/{id}")
    String day(@PathVariable UUID id, Model model) {
        var actor = CurrentActor.get();
        List<ActionDay.Row> rows = days.rows(actor, id);
        model.addAttribute("summary", days.summary(actor, id));
        model.addAttribute("rows", rows.stream().filter(r -> r.status() != ActionDay.RowStatus.REFERRED).limit(SHOWN_ROWS).toList());
        model.addAttribute("shownRows", SHOWN_ROWS);
        return "referrals/actionDay";
    }

    @GetMapping(value = "/referrals/action-days/{id}.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"action-day-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ActionDayExport.csv(days.rows(CurrentActor.get(), id)).getBytes(StandardCharsets.UTF_8));
    }
}
