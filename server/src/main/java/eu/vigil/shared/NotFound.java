package eu.vigil.shared;

/** Thrown when a requested record does not exist or is not visible to the caller (answered as 404). */
public class NotFound extends RuntimeException {

    /** @param what a human-readable description such as "provider 1234" */
    public NotFound(String what) {
        super(what + " not found");
    }
}
