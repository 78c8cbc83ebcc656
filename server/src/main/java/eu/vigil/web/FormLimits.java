package eu.vigil.web;

import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import eu.vigil.shared.Limits;
import eu.vigil.shared.Violations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bounds every field the pages' forms post by {@link Limits#ofFormField(String)} (ADR 0020), before a controller
 * sees it: a longer value is refused as invalid input naming the field, shown on the error page. The forms'
 * {@code maxlength} attributes keep browsers within the same limits; this catches everything else.
 */
@Configuration(proxyBeanMethods = false)
class FormLimits implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                check(request);
                return true;
            }
        }).excludePathPatterns("/api/**", "/oauth2/**", "/error");
    }

    /** Refuses the request when a posted field is longer than its limit. */
    static void check(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return;
        }
        Violations v = new Violations();
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            int max = Limits.ofFormField(field.getKey());
            for (String value : field.getValue()) {
                if (value != null && value.length() > max) {
                    v.add(field.getKey(), "at most " + max + " characters");
                    break;
                }
            }
        }
        v.throwIfPresent();
    }
}
