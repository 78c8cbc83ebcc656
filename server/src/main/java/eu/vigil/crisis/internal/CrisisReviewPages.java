package eu.vigil.crisis.internal;

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

import eu.vigil.crisis.Crises;
import eu.vigil.crisis.CrisisId;
import eu.vigil.crisis.CrisisReviews;
import eu.vigil.crisis.CrisisStep;
import eu.vigil.identity.CurrentActor;
import eu.vigil.report.PdfDocument;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RefusedForm;
import eu.vigil.shared.StateConflict;
import eu.vigil.web.Shell;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The post-crisis review (R41) to every participant: the figures computed from the audit trail with their charts
 * and tables, the review text, and the coordinator's form to record it once the crisis is closed; exported as a
 * standalone HTML document (charts embedded) and as a PDF.
 */
@Controller
class CrisisReviewPages {

    private final CrisisReviews reviews;
    private final Crises crises;

    CrisisReviewPages(CrisisReviews reviews, Crises crises) {
        this.reviews = reviews;
        this.crises = crises;
    }

    @GetMapping("/crises/{id}/review")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("sheet", sheet(id, model));
        return "crisis/review";
    }

    @GetMapping("/crises/{id}/review.html")
    String export(@PathVariable UUID id, Model model, HttpServletResponse response) {
        CrisisReviewSheet sheet = sheet(id, model);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + sheet.review().crisis().reference() + "-review.html\"");
        model.addAttribute("sheet", sheet);
        return "crisis/reviewExport";
    }

    @GetMapping(value = "/crises/{id}/review.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Model model) {
        CrisisReviewSheet sheet = sheet(id, model);
        Shell shell = (Shell) model.getAttribute("shell");
        var c = sheet.review().crisis();
        var pdf = new PdfDocument(shell.t("crisis.review.title", c.reference()));
        pdf.paragraph(c.title() + " · " + shell.t("crisis.phase." + c.phase().name()));
        if (sheet.review().flagged()) {
            pdf.paragraph(shell.t("crisis.reviewFlagged"));
        }
        pdf.heading(shell.t("crisis.review.figures"))
                .facts(sheet.facts().stream().map(f -> java.util.List.of(f.label(), f.value())).toList());
        for (var chart : sheet.charts()) {
            pdf.heading(chart.title());
            chart.png().ifPresentOrElse(pdf::chart, () -> pdf.paragraph(chart.none()));
            if (!chart.rows().isEmpty()) {
                pdf.table(chart.header(), chart.rows());
            }
        }
        pdf.heading(shell.t("crisis.review.text"));
        pdf.paragraph(c.review() == null ? shell.t("crisis.review.notYet") : c.review());
        pdf.note(shell.t("crisis.review.source", shell.time(sheet.review().computedAt())));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + c.reference() + "-review.pdf\"")
                .body(pdf.finish());
    }

    @PostMapping("/crises/{id}/review")
    String record(@PathVariable UUID id, @RequestParam(required = false) String review) {
        String page = "/crises/" + id + "/review";
        try {
            crises.step(CurrentActor.get(), new CrisisId(id), CrisisStep.RECORD_REVIEW, review);
        } catch (InvalidInput e) {
            throw new RefusedForm(page, e.errors().stream()
                    .map(err -> new InvalidInput.FieldError("review", err.message())).toList());
        } catch (StateConflict e) {
            throw RefusedForm.of(page, e.reason(), e.getMessage());
        }
        return "redirect:" + page;
    }

    private CrisisReviewSheet sheet(UUID id, Model model) {
        return CrisisReviewSheet.of(reviews.of(CurrentActor.get(), new CrisisId(id)), (Shell) model.getAttribute("shell"));
    }
}
