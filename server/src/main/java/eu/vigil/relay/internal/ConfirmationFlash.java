package eu.vigil.relay.internal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import eu.vigil.relay.Confirmations;
import eu.vigil.shared.ReaderZone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Carries the confirmations of a page post across its redirect (post-redirect-get): the sentences of the
 * changes it committed go into the flash map under {@link Confirmations#FLASH}, and the page the browser is sent to shows
 * them once. A post answered with a page of its own (a refused form) committed nothing and confirms nothing.
 */
@Component
class ConfirmationFlash implements HandlerInterceptor, WebMvcConfigurer {

    private final Confirmations confirmations;

    ConfirmationFlash(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page != null && page.getViewName() != null && page.getViewName().startsWith("redirect:")
                && confirmations.any()) {
            RequestContextUtils.getOutputFlashMap(request).put(Confirmations.FLASH,
                    confirmations.take(LocaleContextHolder.getLocale(), ReaderZone.of(request)));
        }
    }
}
