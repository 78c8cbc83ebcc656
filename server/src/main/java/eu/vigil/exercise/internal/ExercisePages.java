package eu.vigil.exercise.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.exercise.AfterAction;
import eu.vigil.exercise.Exercises;
import eu.vigil.exercise.Observations;
import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RefusedForm;
import eu.vigil.shared.StateConflict;

/**
 * The exercise pages: {@code /exercise} is the facilitator's MSEL (status of each inject, scenario time, pause,
 * resume, skip, add, observations) for the staff and Europol, and the injects delivered to them for the other
 * participants; {@code /exercise/report} is the after-action report, also as HTML and PDF documents.
 */
@Controller
class ExercisePages {

    private final Exercises exercises;
    private final Observations observations;
    private final AfterAction afterAction;
    private final ExerciseAccess access;
    private final AfterActionDocuments documents;
    private final Clock clock;

    ExercisePages(Exercises exercises, Observations observations, AfterAction afterAction, ExerciseAccess access,
            AfterActionDocuments documents, Clock clock) {
        this.exercises = exercises;
        this.observations = observations;
        this.afterAction = afterAction;
        this.access = access;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/exercise")
    String show(Model model) {
        Actor actor = CurrentActor.get();
        var run = access.run();
        model.addAttribute("run", run);
        model.addAttribute("scenarioNow", run.now(clock));
        if (exercises.maySeeMsel(actor)) {
            model.addAttribute("msel", exercises.msel());
            model.addAttribute("role", exercises.staff(actor).orElse(null));
            model.addAttribute("participants", exercises.participants());
            model.addAttribute("observations", observations.all());
            model.addAttribute("outcomes", afterAction.report().outcomes());
            return "exercise/msel";
        }
        model.addAttribute("injects", access.deliveredTo(actor));
        return "exercise/injects";
    }

    @PostMapping("/exercise/pause")
    String pause() {
        act(() -> exercises.pause(CurrentActor.get()));
        return "redirect:/exercise";
    }

    @PostMapping("/exercise/resume")
    String resume() {
        act(() -> exercises.resume(CurrentActor.get()));
        return "redirect:/exercise";
    }

    @PostMapping("/exercise/injects/{id}/skip")
    String skip(@PathVariable String id) {
        act(() -> {
            exercises.skip(CurrentActor.get(), id);
            return null;
        });
        return "redirect:/exercise";
    }

    @PostMapping("/exercise/injects")
    String add(@RequestParam(required = false) String at, @RequestParam(required = false) List<String> targets,
            @RequestParam(required = false) String title, @RequestParam(required = false) String text) {
        act(() -> exercises.add(CurrentActor.get(), at == null || at.isBlank() ? null
                : ExerciseAccess.scenarioTime("at", at), targets == null ? List.of() : targets, title, text));
        return "redirect:/exercise";
    }

    @PostMapping("/exercise/observations")
    String observe(@RequestParam(required = false) String expectation,
            @RequestParam(required = false) String participant,
            @RequestParam(required = false) Observations.Rating rating, @RequestParam(required = false) String note) {
        act(() -> {
            String[] ref = expectation == null ? new String[0] : expectation.split("#", 2);
            if (ref.length != 2 || !ref[1].matches("\\d{1,3}")) {
                throw InvalidInput.of("expectation", "choose one of the expected actions");
            }
            return observations.record(CurrentActor.get(), ref[0], Integer.parseInt(ref[1]), participant, rating,
                    note);
        });
        return "redirect:/exercise#observations";
    }

    @GetMapping("/exercise/injects/{id}/images/{n}.png")
    ResponseEntity<byte[]> image(@PathVariable String id, @PathVariable int n) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header("Content-Disposition", "inline; filename=\"" + id + "-" + n + ".png\"")
                .body(access.image(CurrentActor.get(), id, n));
    }

    @GetMapping("/exercise/report")
    String report(Model model) {
        access.requireMsel(CurrentActor.get());
        var report = afterAction.report();
        model.addAttribute("report", report);
        model.addAttribute("charts", documents.drawable(report).stream().map(AfterActionDocuments.Chart::path).toList());
        return "exercise/report";
    }

    @GetMapping(path = "/exercise/report.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> reportHtml(java.util.Locale locale) {
        access.requireMsel(CurrentActor.get());
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"after-action-report.html\"")
                .body(documents.html(afterAction.report(), locale));
    }

    @GetMapping(path = "/exercise/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(java.util.Locale locale) {
        access.requireMsel(CurrentActor.get());
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"after-action-report.pdf\"")
                .body(documents.pdf(afterAction.report(), locale));
    }

    @GetMapping(path = "/exercise/report/charts/{chart}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> chart(@PathVariable String chart, java.util.Locale locale) {
        access.requireMsel(CurrentActor.get());
        AfterActionDocuments.Chart which = Arrays.stream(AfterActionDocuments.Chart.values())
                .filter(c -> c.path().equals(chart)).findFirst()
                .orElseThrow(() -> new eu.vigil.shared.NotFound("no chart " + chart));
        return ResponseEntity.ok().body(documents.chart(which, afterAction.report(), locale)
                .orElseThrow(() -> new eu.vigil.shared.NotFound("nothing to chart yet")));
    }

    private static <T> T act(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInput e) {
            throw new RefusedForm("/exercise", e.errors());
        } catch (StateConflict e) {
            throw RefusedForm.of("/exercise", e.reason(), e.getMessage());
        }
    }
}
