package org.newsdesk.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.newsdesk.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.Map;

/**
 * Two filter chains: the newsroom (Vaadin, under /newsroom, login required) and the public site
 * (everything else, open, stateless). With one chain Vaadin's deny-by-default would send unknown
 * public URLs to the login page.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String PASSWORD_ENCODING = "argon2";

    @Bean
    @Order(1)
    SecurityFilterChain newsroomChain(HttpSecurity http, ObjectProvider<SessionValidator> validator) throws Exception {
        validator.ifAvailable(v -> http.addFilterAfter(new SessionValidationFilter(v), SecurityContextHolderFilter.class));
        // Vaadin exempts its login form from Spring's CSRF token; this keeps other sites from posting to it.
        http.addFilterBefore(new CrossSiteLoginFilter(), UsernamePasswordAuthenticationFilter.class);
        http.securityMatcher("/newsroom/**")
                // A new session id at login defeats session fixation.
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.frameOptions(f -> f.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SiteHeaders.NEWSROOM_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicSiteChain(HttpSecurity http, Environment environment) throws Exception {
        Integer configured = environment.getProperty("management.server.port", Integer.class);
        int managementPort = configured == null ? -1 : configured;
        http.securityMatcher("/**")
                .authorizeHttpRequests(auth -> auth
                        // Only health is public: info would tell an attacker what runs here.
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Metrics only on the management port, which is not published (docs/front-cache.md).
                        .requestMatchers(request -> managementPort > 0 && request.getLocalPort() == managementPort
                                && "/actuator/prometheus".equals(request.getRequestURI())).permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll())
                // Public pages are the same for everyone: no session, so they stay cacheable.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SiteHeaders.PUBLIC_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /**
     * Security's per-filter observations cost most of a cached public response's CPU time and tell
     * nothing the request metrics ({@code http.server.requests}, kept) do not.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Argon2id for new hashes; bcrypt still verifies, so the algorithm can change without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                PASSWORD_ENCODING, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(PASSWORD_ENCODING, encoders);
    }
}
