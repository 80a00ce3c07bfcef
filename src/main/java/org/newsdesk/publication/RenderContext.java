package org.newsdesk.publication;

import java.util.function.Supplier;

/**
 * What a public response is rendered for besides its content: the base URL (scheme, host, port, context
 * path) of absolute links. Bound by {@link PublicResponses} around every render, so that a page can be
 * rendered again in the background, away from the request that first asked for it.
 */
public final class RenderContext {

    private static final ThreadLocal<String> BASE_URL = new ThreadLocal<>();

    private RenderContext() {
    }

    /** The base URL of the response being rendered, without a trailing slash; null outside a render. */
    public static String baseUrl() {
        return BASE_URL.get();
    }

    static <T> T with(String baseUrl, Supplier<T> work) {
        String outer = BASE_URL.get();
        BASE_URL.set(baseUrl);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                BASE_URL.remove();
            } else {
                BASE_URL.set(outer);
            }
        }
    }
}
