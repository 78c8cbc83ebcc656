package eu.vigil.notice.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import eu.vigil.identity.CurrentActor;
import eu.vigil.notice.TrustedFlaggers;
import eu.vigil.shared.InvalidInput;

/** The Commission's list of trusted flaggers: everyone reads it; the Commission uploads its file (CSV or JSON). */
@Controller
class TrustedFlaggerPages {

    private final TrustedFlaggers flaggers;

    TrustedFlaggerPages(TrustedFlaggers flaggers) {
        this.flaggers = flaggers;
    }

    @GetMapping("/trusted-flaggers")
    String list(Model model) {
        return render(model, List.of(), null);
    }

    private String render(Model model, List<InvalidInput.FieldError> errors, TrustedFlaggers.Report report) {
        model.addAttribute("flaggers", flaggers.all());
        model.addAttribute("loadedAt", flaggers.loadedAt().orElse(null));
        model.addAttribute("mayImport", TrustedFlaggers.mayImport(CurrentActor.get()));
        model.addAttribute("columns", TrustedFlaggers.columns());
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        return "notices/trustedFlaggers";
    }

    @PostMapping("/trusted-flaggers")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return render(model, List.of(new InvalidInput.FieldError("file", "choose the list's CSV or JSON file")), null);
        }
        String name = file.getOriginalFilename();
        String content = new String(file.getBytes(), StandardCharsets.UTF_8);
        String start = content.replace("\uFEFF", "").stripLeading();
        boolean json = name != null && name.toLowerCase(Locale.ROOT).endsWith(".json")
                || start.startsWith("[") || start.startsWith("{");
        try {
            return render(model, List.of(), flaggers.importFile(CurrentActor.get(), json, content, name));
        } catch (InvalidInput e) {
            return render(model, e.errors(), null);
        }
    }
}
