package eu.vigil.shared;

/** Thrown when an authenticated caller may not perform an action (answered as 403 and audited). */
public class Forbidden extends RuntimeException {

    /** @param why which rule refused the action */
    public Forbidden(String why) {
        super(why);
    }
}
