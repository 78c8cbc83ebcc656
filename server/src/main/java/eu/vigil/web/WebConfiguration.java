package eu.vigil.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Locale handling: the language the logged-in person chose ({@link eu.vigil.shared.ReaderLanguage}, issue 12), else
 * the browser's preferred official EU language where a bundle exists, else English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** The 24 official EU languages; a bundle {@code messages_<code>.properties} can be added for each. */
    static final List<String> OFFICIAL_LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr",
            "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(OFFICIAL_LANGUAGES.stream().map(Locale::of).toList());
        resolver.setDefaultLocale(Locale.ENGLISH);
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                return eu.vigil.shared.ReaderLanguage.of(request).orElseGet(() -> resolver.resolveLocale(request));
            }

            @Override
            public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language is a person's preference (/account/preferences)");
            }
        };
    }
}
