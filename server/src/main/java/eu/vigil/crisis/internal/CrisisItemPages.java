package eu.vigil.crisis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import eu.vigil.bank.BankFormat;
import eu.vigil.crisis.Crises;
import eu.vigil.crisis.CrisisId;
import eu.vigil.crisis.CrisisItems;
import eu.vigil.crisis.ItemStatus;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RefusedForm;
import eu.vigil.shared.StateConflict;

/**
 * The crisis hash list on the board (R42): one item typed in, a file uploaded (its per-row report on a page of its
 * own), a provider's found/removed buttons, withdrawal, and the exports as downloads.
 */
@Controller
class CrisisItemPages {

    private final CrisisItems items;
    private final CrisisExports exports;
    private final Crises crises;

    CrisisItemPages(CrisisItems items, CrisisExports exports, Crises crises) {
        this.items = items;
        this.exports = exports;
        this.crises = crises;
    }

    @PostMapping("/crises/{id}/items")
    String shareOne(@PathVariable UUID id, @RequestParam(required = false) String signalType,
            @RequestParam(required = false) String value) {
        String page = "/crises/" + id;
        CrisisItems.Shared shared = act(page, () -> items.share(CurrentActor.get(), new CrisisId(id),
                List.of(new CrisisItems.NewItem(signalType, value, List.of()))));
        if (!shared.report().problems().isEmpty()) {
            throw new RefusedForm(page, shared.report().problems().stream()
                    .map(p -> new InvalidInput.FieldError(p.column().equals("signal_type") ? "signalType" : "value",
                            p.message())).toList());
        }
        if (shared.entryIds().isEmpty()) {
            throw new RefusedForm(page, List.of(new InvalidInput.FieldError("value", "the list already holds it")));
        }
        return "redirect:" + page;
    }

    @PostMapping("/crises/{id}/items/import")
    String upload(@PathVariable UUID id, @RequestParam(value = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        String page = "/crises/" + id;
        if (file == null || file.isEmpty()) {
            throw new RefusedForm(page, List.of(new InvalidInput.FieldError("file", "choose a CSV or JSON file")));
        }
        CrisisItems.Shared shared;
        try (InputStream in = file.getInputStream()) {
            shared = act(page, () -> items.share(CurrentActor.get(), new CrisisId(id),
                    BankFormat.ofFileName(file.getOriginalFilename()), in, file.getOriginalFilename()));
        }
        model.addAttribute("crisis", crises.get(CurrentActor.get(), new CrisisId(id)));
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("shared", shared);
        return "crisis/items_import";
    }

    @PostMapping("/crises/{id}/items/{entryId}/status")
    String mark(@PathVariable UUID id, @PathVariable long entryId, @RequestParam(required = false) ItemStatus status,
            @RequestParam(required = false) Integer count) {
        String page = "/crises/" + id;
        act(page, () -> items.mark(CurrentActor.get(), new CrisisId(id), entryId, status, count));
        return "redirect:" + page;
    }

    @PostMapping("/crises/{id}/items/{entryId}/withdrawal")
    String withdraw(@PathVariable UUID id, @PathVariable long entryId) {
        String page = "/crises/" + id;
        act(page, () -> {
            items.withdraw(CurrentActor.get(), new CrisisId(id), entryId);
            return true;
        });
        return "redirect:" + page;
    }

    @GetMapping("/crises/{id}/exports/{format}")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format) {
        return exports.download(CurrentActor.get(), new CrisisId(id), format, null);
    }

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
