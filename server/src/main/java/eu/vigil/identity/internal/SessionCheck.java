package eu.vigil.identity.internal;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Credential;
import eu.vigil.identity.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Re-checks on every request of a logged-in session that its user is still enabled and has not been disabled
 * since the login (one primary-key read). If not, the session ends and the request goes on as anonymous, so
 * pages redirect to the login form at once.
 */
class SessionCheck extends OncePerRequestFilter {

    private final Users users;

    SessionCheck(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor && actor.credential() == Credential.PASSWORD
                && !(auth.getDetails() instanceof LoginSession login && users.sessionValid(actor.id(), login.epoch()))) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        }
        chain.doFilter(request, response);
    }
}
