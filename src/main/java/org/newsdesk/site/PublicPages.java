package org.newsdesk.site;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.dispatch.PublishedDispatches;
import org.newsdesk.dispatch.SiteVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers public page requests with HTTP validators derived from the content version: ETag and
 * Last-Modified change the moment a publication, correction, kill or embargo lift changes what
 * readers see, on every node at once (the version lives in the database). A conditional GET that
 * still matches gets a 304 without rendering. Rendered pages are kept per version in memory; a new
 * version simply stops matching the old entries, so no node can serve a stale page.
 */
@Component
class PublicPages {

    /** A page to render: its status, template and model. */
    record Page(HttpStatus status, String template, Map<String, Object> model) {
    }

    private record Rendered(HttpStatus status, String html) {
    }

    private static final int MAX_CACHED_CHARS = 300_000;

    private final PublishedDispatches published;
    private final TemplateEngine templates;
    private final SiteProperties site;
    private final String release;
    private final Instant releasedAt;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    private final TransactionTemplate readOnly;

    PublicPages(PublishedDispatches published, TemplateEngine templates, SiteProperties site,
                ObjectProvider<BuildProperties> build, PlatformTransactionManager transactions) {
        this.published = published;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.templates = templates;
        this.site = site;
        BuildProperties info = build.getIfAvailable();
        // The release is part of every validator: new templates must not be answered with a 304.
        this.releasedAt = info != null && info.getTime() != null ? info.getTime() : Instant.now();
        this.release = Long.toString(releasedAt.toEpochMilli(), 36);
    }

    /**
     * @param variant what else the page depends on besides URL and content (the base URL when it
     *                comes from the request)
     */
    ResponseEntity<String> respond(HttpServletRequest request, HttpServletResponse response, String variant,
                                   Function<SiteVersion, Page> page) {
        return respond(request, response, variant, version -> true, page);
    }

    /**
     * @param exists checked before any validator: an address that names nothing is a 404, never a 304
     */
    ResponseEntity<String> respond(HttpServletRequest request, HttpServletResponse response, String variant,
                                   java.util.function.Predicate<SiteVersion> exists, Function<SiteVersion, Page> page) {
        // The hot path (304s and pages already rendered) is one autocommit read of the version.
        SiteVersion version = published.version();
        if (!exists.test(version)) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String etag = "W/\"" + release + "-" + version.token()
                + (variant == null ? "" : "-" + DigestUtils.md5DigestAsHex(variant.getBytes(StandardCharsets.UTF_8)).substring(0, 8))
                + "\"";
        Instant lastModified = later(version.lastModified(), releasedAt).truncatedTo(ChronoUnit.SECONDS);
        // Also on 304s: a cache must know how long the revalidated copy may be reused.
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl());
        if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified.toEpochMilli())) {
            return null;
        }
        String key = etag + " " + request.getRequestURI() + "?" + request.getQueryString();
        Rendered result = rendered.get(key);
        if (result == null) {
            Page p;
            try {
                // The page's queries share one snapshot. It can only be as new as the version or newer
                // (never older), so a page cached under this version is never behind it.
                p = readOnly.execute(status -> page.apply(version));
            } catch (RuntimeException e) {
                // Error pages (a 404 for an unpublished article, say) carry no validators of this version.
                response.setHeader(HttpHeaders.ETAG, null);
                response.setHeader(HttpHeaders.LAST_MODIFIED, null);
                response.setHeader(HttpHeaders.CACHE_CONTROL, null);
                throw e;
            }
            var out = new StringOutput(16_384);
            templates.render(p.template(), p.model(), out);
            result = new Rendered(p.status(), out.toString());
            remember(key, result);
        }
        return ResponseEntity.status(result.status())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(result.html());
    }

    private void remember(String key, Rendered page) {
        if (page.html().length() > MAX_CACHED_CHARS || site.renderCache() <= 0) {
            return;
        }
        if (rendered.size() >= site.renderCache()) {
            // Entries of older versions are dead weight; emptying is simpler than LRU and as correct.
            rendered.clear();
        }
        rendered.put(key, page);
    }

    String cacheControl() {
        return CacheControl.maxAge(site.maxAge()).cachePublic().mustRevalidate().getHeaderValue();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
