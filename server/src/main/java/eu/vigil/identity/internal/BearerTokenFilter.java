package eu.vigil.identity.internal;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.vigil.identity.Actor;
import eu.vigil.identity.ApiTokens;
import eu.vigil.identity.OAuthClients;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer …} headers carrying an API token or an OAuth2 access token.
 * A header with an unknown, revoked or expired token is answered with 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final OAuthClients clients;

    BearerTokenFilter(ApiTokens tokens, OAuthClients clients) {
        this.tokens = tokens;
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.substring(7).strip();
        Optional<Actor> actor = tokens.authenticate(presented).or(() -> clients.authenticate(presented));
        if (actor.isEmpty()) {
            ProblemWriter.write(response, 401, "unauthenticated", "Invalid token",
                    "The bearer token is unknown, revoked or expired.");
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(actor.get(), null, Authorities.of(actor.get()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
