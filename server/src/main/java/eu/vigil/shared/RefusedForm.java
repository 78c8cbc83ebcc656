package eu.vigil.shared;

import java.util.List;

/**
 * A page form refused for its field errors, to be shown on the page at {@link #page()}: the web shell answers
 * with a redirect there, keeping the errors and what was typed for that one request (post-redirect-get), so the
 * address bar shows the page, not the address the form posted to (issue 12).
 */
public class RefusedForm extends InvalidInput {

    private final String page;

    public RefusedForm(String page, List<FieldError> errors) {
        super(errors);
        this.page = page;
    }

    /** A refusal by a rule or state, shown on the page without a field. */
    public static RefusedForm of(String page, String reason, String message) {
        return new RefusedForm(page, List.of(new FieldError(reason, message)));
    }

    /** The address of the page the form is on (path and query, no host). */
    public String page() {
        return page;
    }
}
