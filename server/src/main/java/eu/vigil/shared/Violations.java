package eu.vigil.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems during validation and throws them together. */
public final class Violations {

    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    /** Records a problem when {@code broken} holds. */
    public Violations check(boolean broken, String field, String message) {
        if (broken) {
            errors.add(new InvalidInput.FieldError(field, message));
        }
        return this;
    }

    /** Records a problem unconditionally. */
    public Violations add(String field, String message) {
        errors.add(new InvalidInput.FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<InvalidInput.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws {@link InvalidInput} if any problem was recorded. */
    public void throwIfPresent() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
