package org.newsdesk.publication;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Hits, misses, 304s and background renders ("warmed") of the public response cache, and render times, per kind of page
 * ({@code newsdesk.public.responses}, {@code newsdesk.public.render}): a reader-path change is judged by them.
 */
@Component
class CacheMetrics {

    private static final Pattern ARTICLE = Pattern.compile("^/[^/]+/\\d{4}/\\d{2}/\\d{2}/[^/]+$");
    private static final Pattern EDITION = Pattern.compile("^/[^/]+/$");
    private static final Pattern SECTION = Pattern.compile("^/[^/]+/[^/]+/$");

    private final MeterRegistry registry;
    /** The same counts without a registry, for tests and the benchmark. */
    final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder misses = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder warmed = new java.util.concurrent.atomic.LongAdder();

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

    void hit(String path) {
        hits.increment();
        count(path, "hit");
    }

    void notModified(String path) {
        count(path, "not-modified");
    }

    void rendered(String path, long nanos) {
        misses.increment();
        count(path, "miss");
        time(path, nanos);
    }

    /** Rendered in the background after a change, before a reader asked. */
    void warmed(String path, long nanos) {
        warmed.increment();
        count(path, "warmed");
        time(path, nanos);
    }

    private void time(String path, long nanos) {
        if (registry != null) {
            Timer.builder("newsdesk.public.render").tag("kind", kind(path))
                    .description("Time to render a public response the cache did not hold")
                    .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    private void count(String path, String outcome) {
        if (registry != null) {
            registry.counter("newsdesk.public.responses", "kind", kind(path), "outcome", outcome).increment();
        }
    }
}
