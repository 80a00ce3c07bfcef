package org.newsdesk.base.ui;

import com.vaadin.flow.shared.communication.PushConstants;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Collections;
import java.util.Enumeration;

/**
 * What a newsroom tab's push WebSocket holds while it is open — every tab keeps one all day. A heap dump of
 * 22 editor tabs (docs/benchmarks.md) found, per connection, buffers that carry nothing for Vaadin:
 * <ul>
 * <li>Atmosphere's per-socket byte and char buffers of 16,384 each (48 KB), which Vaadin sizes itself and
 * which only Atmosphere's stream/reader dispatch uses — JSR 356 hands it whole strings. They grow on
 * demand if ever used, so they start small.</li>
 * <li>Tomcat's message buffers: 8,192 chars for a text message, where Vaadin's client sends fragments of at
 * most {@value PushConstants#WEBSOCKET_FRAGMENT_SIZE} characters, and 8 KB for binary messages, which it
 * never sends; and its three frame buffers (input, output, encoder) of 8 KB each, where longer messages
 * simply go in more frames.</li>
 * <li>permessage-deflate, which Chromium and Firefox ask for and Tomcat grants on every connection: 24 KB
 * of heap buffers plus a zlib deflater and inflater in native memory for the connection's lifetime: 106 KB
 * resident after the first message, 256 KB after about 190 KB each way (measured, docs/benchmarks.md). Push
 * messages are mostly small diffs; they go uncompressed.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PushConnectionConfiguration {

    /** Vaadin's client splits a message into WebSocket messages of at most 4,095 characters. */
    static final int TEXT_MESSAGE_CHARS = PushConstants.WEBSOCKET_FRAGMENT_SIZE + 1;
    /** The client sends no binary messages; this is only a bound for a misbehaving one. */
    static final int BINARY_MESSAGE_BYTES = 1024;
    /** Atmosphere's initial buffer; it doubles on demand up to its message size limit. */
    static final int ATMOSPHERE_BUFFER = 256;

    /** Tomcat's frame buffers per connection (its default is 8 KB): a push message longer goes in more frames. */
    static final int FRAME_BUFFER_BYTES = 4096;
    static final String FRAME_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    static final String PUSH_PATH = "/newsroom/VAADIN/push";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> pushFrameBuffers() {
        return factory -> {
            // Tomcat sizes its frame buffers from this system property only, read once when its WebSocket classes
            // load — after this, when the server starts. An operator's own -D value wins.
            if (System.getProperty(FRAME_BUFFER_PROPERTY) == null) {
                System.setProperty(FRAME_BUFFER_PROPERTY, String.valueOf(FRAME_BUFFER_BYTES));
            }
            // Context parameters, read once by Tomcat's WebSocket container when the context starts.
            factory.addContextCustomizers(context -> {
                context.addParameter("org.apache.tomcat.websocket.textBufferSize", String.valueOf(TEXT_MESSAGE_CHARS));
                context.addParameter("org.apache.tomcat.websocket.binaryBufferSize", String.valueOf(BINARY_MESSAGE_BYTES));
            });
        };
    }

    /** Vaadin lets the servlet's init parameters override the Atmosphere settings it sets itself. */
    @Bean
    static BeanPostProcessor atmosphereBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter("org.atmosphere.websocket.bufferSize", String.valueOf(ATMOSPHERE_BUFFER));
                }
                return bean;
            }
        };
    }

    /**
     * Tomcat offers permessage-deflate to every client that asks and has no switch to stop; a handshake that
     * does not ask gets none. Runs before Tomcat's WebSocket filter, which makes the upgrade.
     */
    @Bean
    FilterRegistrationBean<Filter> pushWithoutCompression() {
        Filter filter = (request, response, chain) -> chain.doFilter(
                new WithoutExtensions((HttpServletRequest) request), response);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(PUSH_PATH);
        registration.setName("pushWithoutCompression");
        return registration;
    }

    /** The request as if the browser had asked for no WebSocket extension. */
    static final class WithoutExtensions extends HttpServletRequestWrapper {

        static final String HEADER = "Sec-WebSocket-Extensions";

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            var names = Collections.list(super.getHeaderNames());
            names.removeIf(HEADER::equalsIgnoreCase);
            return Collections.enumeration(names);
        }
    }
}
