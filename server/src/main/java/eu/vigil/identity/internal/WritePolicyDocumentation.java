package eu.vigil.identity.internal;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.vigil.identity.WritePolicy;

/**
 * Publishes the {@link WritePolicy} in the OpenAPI document: every write operation carries
 * {@code x-vigil-required-role} (the role it needs, or {@code any} where every role may), so clients read
 * from the document which credential a call needs (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class WritePolicyDocumentation {

    /** Name of the OpenAPI extension carrying the role a write needs. */
    static final String EXTENSION = "x-vigil-required-role";

    @Bean
    OpenApiCustomizer writePolicyInTheDocument() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (WritePolicy.isWrite(method.name())) {
                    WritePolicy.dutyOf(method.name(), path).ifPresent(duty -> operation.addExtension(EXTENSION,
                            duty.required().map(Enum::name).orElse("any")));
                }
            }));
        };
    }
}
