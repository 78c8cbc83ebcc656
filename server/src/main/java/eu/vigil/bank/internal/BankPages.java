package eu.vigil.bank.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import eu.vigil.bank.Bank;
import eu.vigil.bank.BankFormat;
import eu.vigil.bank.BankId;
import eu.vigil.bank.BankImport;
import eu.vigil.bank.BankLabel;
import eu.vigil.bank.Banks;
import eu.vigil.bank.ImportReport;
import eu.vigil.bank.MatchQuery;
import eu.vigil.bank.Matching;
import eu.vigil.bank.NewEntry;
import eu.vigil.bank.SignalKind;
import eu.vigil.bank.SourceKind;
import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;

/** Pages of hash banks: the list, one bank with its entries, search by hash, import, and the match test. */
@Controller
class BankPages {

    private static final int PAGE_SIZE = 50;

    private final Banks banks;
    private final ImportJobs jobs;
    private final Matching matching;

    private final BankDownload download;

    BankPages(Banks banks, ImportJobs jobs, Matching matching, BankDownload download) {
        this.download = download;
        this.banks = banks;
        this.jobs = jobs;
        this.matching = matching;
    }

    @GetMapping("/banks")
    String list(Model model) {
        return list(model, List.of());
    }

    private String list(Model model, List<InvalidInput.FieldError> errors) {
        model.addAttribute("banks", banks.readableBy(CurrentActor.get()));
        model.addAttribute("errors", errors);
        return "banks/list";
    }

    @PostMapping("/banks")
    String create(@RequestParam String name, @RequestParam String purpose,
            @RequestParam(required = false) List<String> signalTypes, @RequestParam(required = false) Integer pdqThreshold,
            @RequestParam(defaultValue = "false") boolean suppression, @RequestParam(defaultValue = "PRIVATE") String sharing,
            Model model) {
        try {
            Bank bank = banks.create(CurrentActor.get(), new BankRequest(name, purpose, signalTypes, pdqThreshold,
                    suppression, sharing, List.of()).toSettings());
            return "redirect:/banks/" + bank.id();
        } catch (InvalidInput e) {
            return list(model, e.errors());
        }
    }

    @GetMapping("/banks/search")
    String search(@RequestParam(required = false) String signalType, @RequestParam(required = false) String value,
            Model model) {
        List<InvalidInput.FieldError> errors = List.of();
        if (value != null && !value.isBlank()) {
            try {
                model.addAttribute("outcome", matching.search(CurrentActor.get(),
                        new MatchQuery(signalType == null ? "PDQ" : signalType, value.strip())));
            } catch (InvalidInput e) {
                errors = e.errors();
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("signalType", signalType == null ? "PDQ" : signalType);
        model.addAttribute("value", value == null ? "" : value);
        return "banks/search";
    }

    @GetMapping("/banks/{id}")
    String bank(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String q, Model model) {
        return bank(BankApi.bankId(id), page, q, model, List.of());
    }

    private String bank(BankId id, int page, String q, Model model, List<InvalidInput.FieldError> errors) {
        Actor actor = CurrentActor.get();
        Bank bank = banks.find(actor, id);
        model.addAttribute("bank", bank);
        model.addAttribute("writable", bank.accessOf(actor.organisationId()) == eu.vigil.bank.Access.WRITE);
        model.addAttribute("owner", bank.owner().equals(actor.organisationId()));
        model.addAttribute("entries", banks.entries(actor, id, Optional.ofNullable(q), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("labels", Arrays.asList(BankLabel.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("checkpoint", banks.checkpoint(actor, id));
        return "banks/bank";
    }

    @PostMapping("/banks/{id}/entries")
    String add(@PathVariable String id, @RequestParam String signalType, @RequestParam String value,
            @RequestParam(required = false) List<String> labels, @RequestParam(defaultValue = "MANUAL") SourceKind source,
            @RequestParam(required = false) String sourceId, Model model) {
        BankId bank = BankApi.bankId(id);
        try {
            banks.add(CurrentActor.get(), bank, new NewEntry(signalType, value.strip(), labels, source,
                    sourceId == null || sourceId.isBlank() ? null : sourceId.strip()));
            return "redirect:/banks/" + bank;
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/banks/" + bank, e.errors());
        }
    }

    @PostMapping("/banks/{id}/entries/{entry}/{action:disable|enable}")
    String enable(@PathVariable String id, @PathVariable long entry, @PathVariable String action) {
        BankId bank = BankApi.bankId(id);
        banks.setEnabled(CurrentActor.get(), bank, entry, "enable".equals(action));
        return "redirect:/banks/" + bank;
    }

    /** The bank as a file for the logged-in user: the same file as the API export, under the session. */
    @GetMapping("/banks/{id}/export")
    void export(@PathVariable String id, @RequestParam(defaultValue = "csv") String format,
            jakarta.servlet.http.HttpServletResponse response) throws IOException {
        download.write(CurrentActor.get(), BankApi.bankId(id), format, response);
    }

    @GetMapping("/banks/{id}/import")
    String importForm(@PathVariable String id, Model model) {
        model.addAttribute("bank", banks.find(CurrentActor.get(), BankApi.bankId(id)));
        model.addAttribute("job", null);
        model.addAttribute("errors", List.of());
        return "banks/import";
    }

    /** Starts the import in the background and shows its progress page. */
    @PostMapping("/banks/{id}/import")
    String importFile(@PathVariable String id, @RequestParam(value = "file", required = false) MultipartFile file,
            Model model) throws IOException {
        Actor actor = CurrentActor.get();
        BankId bank = BankApi.bankId(id);
        model.addAttribute("bank", banks.requireWrite(actor, bank));
        if (file == null || file.isEmpty()) {
            model.addAttribute("job", null);
            model.addAttribute("errors", List.of(new InvalidInput.FieldError("file", "choose a CSV or JSON file")));
            return "banks/import";
        }
        var job = jobs.start(actor, bank, file);
        return "redirect:/banks/" + bank + "/imports/" + job.id();
    }

    @GetMapping("/banks/{id}/imports/{job}")
    String importJob(@PathVariable String id, @PathVariable java.util.UUID job, Model model) {
        Actor actor = CurrentActor.get();
        BankId bank = BankApi.bankId(id);
        model.addAttribute("bank", banks.find(actor, bank));
        model.addAttribute("job", jobs.get(actor, bank, job));
        model.addAttribute("errors", List.of());
        return "banks/import";
    }

    /** The progress fragment the job page polls with htmx until the import ends. */
    @GetMapping("/banks/{id}/imports/{job}/progress")
    String importProgress(@PathVariable String id, @PathVariable java.util.UUID job, Model model) {
        Actor actor = CurrentActor.get();
        BankId bank = BankApi.bankId(id);
        model.addAttribute("bank", banks.find(actor, bank));
        model.addAttribute("job", jobs.get(actor, bank, job));
        return "banks/importProgress";
    }

    @GetMapping("/match-test")
    String matchTest(Model model) {
        model.addAttribute("result", null);
        model.addAttribute("errors", List.of());
        return "banks/match";
    }

    @PostMapping("/match-test")
    String matchImage(@RequestParam("image") MultipartFile image, Model model) throws IOException {
        List<InvalidInput.FieldError> errors = List.of();
        try {
            model.addAttribute("result", matching.matchImage(CurrentActor.get(), image.getBytes(), true));
        } catch (InvalidInput e) {
            model.addAttribute("result", null);
            errors = e.errors();
        }
        model.addAttribute("errors", errors);
        return "banks/match";
    }

    /** Signal kinds for the forms. */
    static List<SignalKind> kinds() {
        return Arrays.asList(SignalKind.values());
    }
}
