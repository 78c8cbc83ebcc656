package eu.vigil.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Actor} of the current request from the security context. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** The actor, if the request is authenticated. */
    public static Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Actor actor ? Optional.of(actor) : Optional.empty();
    }

    /** The actor; fails if the request is not authenticated (a configuration error). */
    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated actor in this request"));
    }
}
