package org.newsdesk.site;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.publication.CacheTags;
import org.newsdesk.publication.PublicResponses;
import org.newsdesk.publication.PublicationVersion;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Public pages: a JTE template and its model, answered through the public side's one caching
 * mechanism ({@link PublicResponses}): validators from the publication version, 304s without
 * rendering, rendered pages kept per version.
 */
@Component
class PublicPages {

    /** A page to render: its status, template and model. */
    record Page(HttpStatus status, String template, Map<String, Object> model, List<String> tags) {

        Page(HttpStatus status, String template, Map<String, Object> model) {
            this(status, template, model, List.of());
        }

        /** What the page shows ({@link CacheTags}), so that a front cache drops it when that changes. */
        Page tagged(String... more) {
            var all = new java.util.ArrayList<>(tags);
            all.addAll(List.of(more));
            return new Page(status, template, model, List.copyOf(all));
        }
    }

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PublicResponses responses;
    private final TemplateEngine templates;
    private final SiteProperties site;

    PublicPages(PublicResponses responses, TemplateEngine templates, SiteProperties site) {
        this.responses = responses;
        this.templates = templates;
        this.site = site;
    }

    /**
     * @param variant what else the page depends on besides URL and content (the base URL when it
     *                comes from the request)
     */
    ResponseEntity<byte[]> respond(HttpServletRequest request, HttpServletResponse response, String variant,
                                   Function<PublicationVersion, Page> page) {
        return respond(request, response, variant, version -> true, page);
    }

    /**
     * @param exists checked before any validator: an address that names nothing is a 404, never a 304
     */
    ResponseEntity<byte[]> respond(HttpServletRequest request, HttpServletResponse response, String variant,
                                   Predicate<PublicationVersion> exists, Function<PublicationVersion, Page> page) {
        return responses.serve(request, response, request(variant, exists, page));
    }

    ResponseEntity<byte[]> respond(HttpServletRequest request, HttpServletResponse response, PublicResponses.Request page) {
        return responses.serve(request, response, page);
    }

    /** A page that may also be rendered in the background: {@code page} must not read the servlet request. */
    PublicResponses.Request request(String variant, Predicate<PublicationVersion> exists, Function<PublicationVersion, Page> page) {
        return PublicResponses.Request.of(cacheControl(), version -> {
            Page p = page.apply(version);
            var out = new Utf8ByteOutput();
            templates.render(p.template(), p.model(), out);
            return new PublicResponses.Rendered(p.status(), HTML, out.toByteArray(), p.tags());
        }).variant(variant).existsIf(exists);
    }

    CacheControl cacheControl() {
        return CacheControl.maxAge(site.maxAge()).cachePublic().mustRevalidate();
    }
}
