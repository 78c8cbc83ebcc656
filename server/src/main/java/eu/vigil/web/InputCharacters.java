package eu.vigil.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.PlainText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters at the input ({@link PlainText#forbiddenInInput(int)}): in every string of a JSON body
 * and in every query or form parameter, answered as 400 naming the field. Without this, NUL reached PostgreSQL,
 * which cannot store it in text, and came back as a misleading 409 "conflict".
 */
@Configuration(proxyBeanMethods = false)
class InputCharacters implements WebMvcConfigurer {

    /** Thrown while reading JSON when a string holds a refused character; the path names the field. */
    static final class ForbiddenCharacter extends MismatchedInputException {

        ForbiddenCharacter(JsonParser p, String message) {
            super(p, message, String.class);
        }
    }

    /** Strings of JSON bodies, checked after the standard conversion. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = super.deserialize(p, ctxt);
            int c = PlainText.firstForbiddenInInput(s);
            if (c >= 0) {
                throw new ForbiddenCharacter(p, PlainText.inputMessage(c));
            }
            return s;
        }
    }

    /** Registered with Spring MVC's JSON mapper by Spring Boot. */
    @Bean
    JacksonModule checkedStrings() {
        return new SimpleModule("vigil-checked-strings").addDeserializer(String.class, new CheckedStrings());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                checkParameters(request);
                return true;
            }
        });
    }

    /** Query and form parameters (names and values); runs before any argument is bound. */
    static void checkParameters(HttpServletRequest request) {
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            int c = PlainText.firstForbiddenInInput(p.getKey());
            for (String v : p.getValue()) {
                c = c >= 0 ? c : PlainText.firstForbiddenInInput(v);
            }
            if (c >= 0) {
                throw InvalidInput.of(PlainText.firstForbiddenInInput(p.getKey()) >= 0 ? "parameter name"
                        : p.getKey(), PlainText.inputMessage(c));
            }
        }
    }
}
