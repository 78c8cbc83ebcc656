package eu.vigil.identity.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link WritePolicyInterceptor} for every handler of the application, and the
 * {@link PreferenceInterceptor} that puts the person's language and time zone on the request.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class WritePolicyConfiguration implements WebMvcConfigurer {

    private final eu.vigil.identity.Preferences preferences;

    WritePolicyConfiguration(eu.vigil.identity.Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WritePolicyInterceptor());
        registry.addInterceptor(new PreferenceInterceptor(preferences));
    }
}
