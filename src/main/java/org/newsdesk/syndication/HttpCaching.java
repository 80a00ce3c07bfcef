package org.newsdesk.syndication;

import org.springframework.http.CacheControl;

/**
 * How shared caches may keep machine outputs. Validators and rendered bytes come from the public
 * side's one mechanism, {@code publication.PublicResponses}.
 */
final class HttpCaching {

    /** Shared caches may keep outputs but must revalidate each time: a 304 is cheap, a kill is seen at once. */
    static final CacheControl PUBLIC = CacheControl.noCache().cachePublic();
    /** What an API client sees depends on its token. */
    static final CacheControl PRIVATE = CacheControl.noCache().cachePrivate();

    private HttpCaching() {
    }
}
