package eu.vigil.web;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import eu.vigil.identity.CurrentActor;
import eu.vigil.installation.InstallationClock;
import jakarta.servlet.http.HttpServletRequest;

/** Adds the {@link Shell} to the model of every page controller. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    private final MessageSource messages;
    private final InstallationClock clock;
    private final java.util.List<eu.vigil.shared.FieldLabels> labels;

    private final java.time.Clock time;

    ShellAdvice(MessageSource messages, InstallationClock clock, java.util.List<eu.vigil.shared.FieldLabels> labels,
            java.time.Clock time) {
        this.time = time;
        this.messages = messages;
        this.clock = clock;
        this.labels = labels;
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request, Locale locale) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Submission submission = submission(request);
        return new Shell(CurrentActor.find().orElse(null), csrf, messages, locale, zone(request),
                request.getRequestURI(), clock.accelerated() ? clock.rate().realMinuteShownAs() : null,
                fields(submission == null ? request.getRequestURI() : submission.action()), submission,
                new Shell.Ticking(time.instant(), clock.rate().value()), confirmations(request))
                .returningTo(here(request))
                .exercise(clock.purpose().orElse(null) == eu.vigil.installation.InstallationPurpose.EXERCISE);
    }

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * The field labels of the tables whose patterns match the form's action {@code path}; the more specific
     * pattern wins; {@code {id}} in a control id becomes the last UUID of the path.
     */
    java.util.Map<String, eu.vigil.shared.FieldLabels.Field> fields(String path) {
        java.util.Map<String, eu.vigil.shared.FieldLabels.Field> merged = new java.util.HashMap<>();
        labels.stream().filter(l -> l.match(path) >= 0)
                .sorted(java.util.Comparator.comparingInt(l -> l.match(path)))
                .forEach(l -> merged.putAll(l.fields()));
        String last = null;
        for (var m = UUID.matcher(path == null ? "" : path); m.find(); ) {
            last = m.group();
        }
        String id = last == null ? "" : last;
        merged.replaceAll((name, f) -> new eu.vigil.shared.FieldLabels.Field(f.labelKey(),
                f.id() == null ? null : f.id().replace("{id}", id)));
        return merged;
    }

    /** A refused post redirected here, or what the current post sent (the page is shown again in its answer). */
    private static Submission submission(HttpServletRequest request) {
        var flashed = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        if (flashed != null && flashed.get(Submission.FLASH) instanceof Submission s) {
            return s;
        }
        return "POST".equals(request.getMethod()) ? Submission.of(request, java.util.List.of()) : null;
    }

    /** The confirmations of the post that redirected here (see {@link eu.vigil.relay.Confirmations}). */
    private static java.util.List<String> confirmations(HttpServletRequest request) {
        var flashed = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        if (flashed != null && flashed.get(eu.vigil.relay.Confirmations.FLASH) instanceof java.util.List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return java.util.List.of();
    }

    /** Path and query of a page read with GET, null otherwise (a post's answer cannot be read again). */
    private static String here(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** The viewer's zone (see {@link eu.vigil.shared.ReaderZone}). */
    private static ZoneId zone(HttpServletRequest request) {
        return eu.vigil.shared.ReaderZone.of(request);
    }
}
