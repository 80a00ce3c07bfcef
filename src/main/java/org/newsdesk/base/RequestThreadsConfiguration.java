package org.newsdesk.base;

import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests run on virtual threads. With Tomcat's pool of 200 platform threads, 64 readers on two cores
 * spent more CPU switching threads than serving kept pages (3,062 → 5,099–5,923 cached articles/s with
 * the same jar, docs/benchmarks.md). Only Tomcat's threads: scheduled jobs keep Spring's single scheduler
 * thread (and its one-at-a-time order), which {@code spring.threads.virtual.enabled} would change too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "newsdesk.server.virtual-threads", matchIfMissing = true)
class RequestThreadsConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> virtualRequestThreads() {
        return factory -> factory.addProtocolHandlerCustomizers(
                handler -> handler.setExecutor(new VirtualThreadExecutor("http-request-")));
    }
}
