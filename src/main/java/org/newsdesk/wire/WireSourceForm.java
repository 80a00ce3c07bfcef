package org.newsdesk.wire;

import java.time.Duration;

/**
 * What an administrator fills in for a source.
 *
 * @param bearerToken a new token; blank keeps the stored one (when editing)
 * @param clearToken  forget the stored token
 */
public record WireSourceForm(String name, String url, WireKind kind, Duration pollInterval, String bearerToken,
                             boolean clearToken) {
}
