package org.newsdesk.syndication;

import org.newsdesk.publication.RenderContext;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs for outputs read by machines (feeds, sitemaps, robots.txt, ninjs), built from the
 * request's scheme and host. Behind a proxy set {@code server.forward-headers-strategy=framework} so
 * that they carry the public host.
 */
final class SiteUrls {

    /** The id of a dispatch in every output (ninjs uri, RSS guid, Atom id): independent of language, slug and host. */
    static String dispatchUri(long id) {
        return "urn:newsdesk:dispatch:" + id;
    }

    private SiteUrls() {
    }

    static String absolute(String path) {
        // Bound while a response renders, also in the background, away from any request.
        String base = RenderContext.baseUrl();
        return base != null ? base + path : ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
