package eu.vigil.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import eu.vigil.identity.ApiTokens;
import eu.vigil.identity.OAuthClients;
import eu.vigil.identity.Users;

/**
 * Three filter chains: one for {@code /actuator/prometheus} (the scrape token only), a stateless one for
 * {@code /api/**} and {@code /oauth2/token} (bearer tokens, no cookies, problem+json errors) and a session
 * one for the web pages (login form, CSRF protection, the user's state re-checked on every request). HSTS
 * and the session cookie's {@code Secure} flag follow the request's scheme, which honours
 * {@code X-Forwarded-Proto} from trusted proxies ({@code server.forward-headers-strategy=native}, ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] API_DOCS = {"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    AuthenticationManager authenticationManager(PasswordLogin login) {
        return new ProviderManager(login);
    }

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, ScrapeToken scrape) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest()
                        .access((auth, context) -> new AuthorizationDecision(scrape.presentIn(context.getRequest()))))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemWriter.write(res, 401, "unauthenticated",
                                "Authentication required", "Send the metrics scrape token as a Bearer header."))
                        .accessDeniedHandler((req, res, ex) -> ProblemWriter.write(res, 401, "unauthenticated",
                                "Authentication required", "Send the metrics scrape token as a Bearer header.")));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, OAuthClients clients) throws Exception {
        http.securityMatcher("/api/**", "/oauth2/token")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, clients), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/oauth2/token", "/api/v1/invitations/accept").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemWriter.write(res, 401, "unauthenticated",
                                "Authentication required", "Send an API token or OAuth2 access token as a Bearer header."))
                        .accessDeniedHandler((req, res, ex) -> ProblemWriter.write(res, 403, "forbidden", "Forbidden",
                                "Your organisation or role may not do this.")));
        return http.build();
    }

    /**
     * The pages. Swagger UI and the OpenAPI document need a login unless {@code vigil.api-docs.public=true}
     * (set in the demo and test profiles).
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager, Users users,
            @Value("${vigil.api-docs.public:false}") boolean apiDocsPublic) throws Exception {
        http.authenticationManager(authenticationManager)
                .addFilterAfter(new SessionCheck(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/login", "/invitations/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                            "/error").permitAll();
                    a.requestMatchers("/actuator/health/**", "/actuator/info").permitAll();
                    if (apiDocsPublic) {
                        a.requestMatchers(API_DOCS).permitAll();
                    }
                    a.requestMatchers("/actuator/**").hasAuthority("PLATFORM_ADMIN");
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(new LoginFailureHandler()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
