package org.newsdesk.apiclient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The machine API's own chain, before the newsroom's and the public site's: stateless, no CSRF (no
 * cookies are used, so there is nothing to forge), bearer tokens or anonymous. Controllers decide what
 * each sees (anonymous: usable items only). Caching headers are the controllers' (ETag, Cache-Control).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain apiChain(HttpSecurity http, ApiClientService clients) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .headers(h -> h.cacheControl(c -> c.disable()).frameOptions(f -> f.deny()))
                .addFilterBefore(new ApiTokenFilter(clients), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
