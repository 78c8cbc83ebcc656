package eu.vigil.identity.internal;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.RoleRequired;
import eu.vigil.identity.WritePolicy;
import eu.vigil.shared.Forbidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Enforces the {@link WritePolicy} before any write handler runs (so before its body is read): a write whose
 * handler has no recorded duty is refused, and so is a caller without the role the duty needs. The refusal
 * is an exception, answered by the error advice as problem+json ({@code role-required}) or the forbidden page.
 */
class WritePolicyInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if (!WritePolicy.isWrite(method)) {
            return true;
        }
        if (!(handler instanceof HandlerMethod)) {
            return true; // static resources and framework handlers answer writes with 405 themselves
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var duty = WritePolicy.dutyOf(method, String.valueOf(pattern));
        if (duty.isEmpty()) {
            throw new Forbidden(method + " " + pattern + " has no role decision in the write policy");
        }
        var required = duty.get().required();
        if (required.isEmpty()) {
            return true;
        }
        var actor = CurrentActor.find();
        if (actor.isEmpty() || !WritePolicy.allows(actor.get(), duty.get())) {
            throw new RoleRequired(required.get(), method, request.getRequestURI());
        }
        return true;
    }
}
