package org.newsdesk.publication;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Hits, misses and 304s of the public response cache, and render times, per kind of page
 * ({@code newsdesk.public.responses}, {@code newsdesk.public.render}): a reader-path change is judged by them.
 */
@Component
class CacheMetrics {

    private static final Pattern ARTICLE = Pattern.compile("^/[^/]+/\\d{4}/\\d{2}/\\d{2}/[^/]+$");
    private static final Pattern EDITION = Pattern.compile("^/[^/]+/$");
    private static final Pattern SECTION = Pattern.compile("^/[^/]+/[^/]+/$");

    private final MeterRegistry registry;

    CacheMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable();
    }

    static String kind(String uri) {
        if (uri.startsWith("/api/")) {
            return "api";
        }
        if (uri.endsWith(".xml")) {
            return uri.contains("sitemap") ? "sitemap" : "feed";
        }
        if (uri.endsWith("/search")) {
            return "search";
        }
        if (ARTICLE.matcher(uri).matches()) {
            return "article";
        }
        if (EDITION.matcher(uri).matches()) {
            return "edition";
        }
        return SECTION.matcher(uri).matches() ? "section" : "other";
    }

    void hit(HttpServletRequest request) {
        count(request, "hit");
    }

    void notModified(HttpServletRequest request) {
        count(request, "not-modified");
    }

    void rendered(HttpServletRequest request, long nanos) {
        count(request, "miss");
        if (registry != null) {
            Timer.builder("newsdesk.public.render").tag("kind", kind(request.getRequestURI()))
                    .description("Time to render a public response the cache did not hold")
                    .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    private void count(HttpServletRequest request, String outcome) {
        if (registry != null) {
            registry.counter("newsdesk.public.responses", "kind", kind(request.getRequestURI()), "outcome", outcome).increment();
        }
    }
}
