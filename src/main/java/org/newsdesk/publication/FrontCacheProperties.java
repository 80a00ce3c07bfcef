package org.newsdesk.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The shared cache in front of the public nodes (Varnish in docker-compose; {@code newsdesk.front-cache.*}).
 *
 * @param purgeUrls            every front cache to tell about changes (a {@code BAN} request with the tags
 *                             to drop); none = no front cache
 * @param sharedMaxAge         how long a front cache may serve a public response without asking
 *                             ({@code s-maxage}); 0 = only revalidated responses, as without a front cache.
 *                             Long is safe: every change purges what it affects.
 * @param staleWhileRevalidate how long past that a front cache may serve the old copy while it fetches anew
 * @param staleIfError         how long a front cache may serve its copy while the nodes answer errors or not
 *                             at all (a database outage, a deployment)
 * @param purgeTimeout         how long one purge request may take
 */
@ConfigurationProperties("newsdesk.front-cache")
public record FrontCacheProperties(List<URI> purgeUrls, Duration sharedMaxAge, Duration staleWhileRevalidate,
                                   Duration staleIfError, Duration purgeTimeout) {

    public FrontCacheProperties {
        purgeUrls = purgeUrls == null ? List.of() : List.copyOf(purgeUrls);
        sharedMaxAge = sharedMaxAge == null ? Duration.ZERO : sharedMaxAge;
        staleWhileRevalidate = staleWhileRevalidate == null ? Duration.ofSeconds(30) : staleWhileRevalidate;
        staleIfError = staleIfError == null ? Duration.ofDays(1) : staleIfError;
        purgeTimeout = purgeTimeout == null ? Duration.ofSeconds(1) : purgeTimeout;
    }

    /** No front cache: responses say only what browsers need. */
    public static FrontCacheProperties none() {
        return new FrontCacheProperties(null, null, null, null, null);
    }

    boolean shared() {
        return !sharedMaxAge.isZero();
    }
}
