package eu.vigil.identity.internal;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends the login form back with one answer for every failure: unknown user, wrong password, locked and
 * disabled accounts look the same, so the form cannot be used to find out which accounts exist (ADR 0018).
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error=bad");
    }
}
