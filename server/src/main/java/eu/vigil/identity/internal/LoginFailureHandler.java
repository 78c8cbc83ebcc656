package eu.vigil.identity.internal;

import java.io.IOException;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sends the login form back with a reason code: wrong credentials, locked or disabled. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = switch (exception) {
            case LockedException l -> "locked";
            case DisabledException d -> "disabled";
            default -> "bad";
        };
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
