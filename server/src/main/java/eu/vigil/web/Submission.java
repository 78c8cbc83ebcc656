package eu.vigil.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.vigil.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A refused form post: where it went, what was typed, what was wrong. Kept for one request (a flash attribute)
 * when the refusal redirects back to the page's own address (post-redirect-get). Secrets (the CSRF token,
 * passwords) are never kept.
 */
record Submission(String action, Map<String, List<String>> values, List<Problem> problems) implements Serializable {

    /** Name of the flash attribute. */
    static final String FLASH = "vigil.submission";

    /** One field problem in serialisable form. */
    record Problem(String field, String message) implements Serializable {
    }

    Submission {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    /** What {@code request} posted, with the given errors. */
    static Submission of(HttpServletRequest request, List<InvalidInput.FieldError> errors) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, v) -> {
            if (!secret(name)) {
                values.put(name, List.of(v));
            }
        });
        List<Problem> problems = new ArrayList<>();
        for (InvalidInput.FieldError e : errors == null ? List.<InvalidInput.FieldError>of() : errors) {
            problems.add(new Problem(e.field(), e.message()));
        }
        return new Submission(request.getRequestURI(), values, problems);
    }

    List<InvalidInput.FieldError> errors() {
        return problems.stream().map(p -> new InvalidInput.FieldError(p.field(), p.message())).toList();
    }

    private static boolean secret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("_csrf") || n.contains("password") || n.contains("secret");
    }
}
