package eu.vigil.notice;

import java.util.List;

import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;

/** Why a step on a notice is refused; the code is the problem's {@code reason}. */
public enum NoticeRefusal {
    /** Art. 16(2)(c): only a notice on child sexual abuse offences may leave out the notifier's name and e-mail. */
    WAIVER_NOT_ALLOWED("Only a notice on child sexual abuse offences may leave out the notifier's name and e-mail "
            + "(DSA Art. 16(2)(c)); give them for this category."),
    /** Art. 16(2)(d): the notice must state the notifier's good-faith belief that it is accurate and complete. */
    GOOD_FAITH_REQUIRED("A notice must carry the statement that the notifier believes in good faith that the "
            + "information and allegations in it are accurate and complete (DSA Art. 16(2)(d))."),
    /** Only the provider the notice was sent to decides on it. */
    NOT_ADDRESSEE("Only the provider the notice was sent to decides on it."),
    /** The notice is decided: it takes no further decisions. */
    ALREADY_DECIDED("The item was decided already; a decision is final."),
    /** No item at that position. */
    NO_SUCH_ITEM("The notice has no item at that position."),
    /** Leaving content online needs a reason. */
    REASON_REQUIRED("Say why no action is taken on the item."),
    /** Only authorities, Europol and notifying bodies send notices. */
    NOT_A_NOTIFIER("Competent authorities, Europol and notifying bodies (hotlines, trusted flaggers) send notices "
            + "(operator role).");

    private final String message;

    NoticeRefusal(String message) {
        this.message = message;
    }

    /** The sentence people read. */
    public String message() {
        return message;
    }

    /** The refusal as the exception the API and pages turn into a problem. */
    public RuleViolation violation() {
        return new RuleViolation(name(), message);
    }

    /** The refusal naming the fields it concerns (the problem's {@code errors}). */
    public RuleViolation violation(List<String> fields) {
        return new RuleViolation(name(), message, fields.stream()
                .map(f -> new InvalidInput.FieldError(f, message)).toList());
    }
}
