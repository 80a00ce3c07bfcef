package org.newsdesk.publication;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link KeptShortcuts} after the request metrics' filter (so {@code http.server.requests} still
 * counts every request) and the malformed-request filter, before everything else.
 * {@code newsdesk.site.shortcuts=false} sends every request the whole way (to compare).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "newsdesk.site.shortcuts", havingValue = "true", matchIfMissing = true)
class KeptShortcutsConfiguration {

    @Bean
    FilterRegistrationBean<KeptShortcuts> keptShortcuts(PublicResponses responses,
                                                        @Value("${newsdesk.site.render-cache:2000}") int capacity) {
        var registration = new FilterRegistrationBean<>(new KeptShortcuts(responses, 2 * capacity));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
