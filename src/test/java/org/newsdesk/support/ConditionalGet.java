package org.newsdesk.support;

import org.newsdesk.TestClock;
import org.newsdesk.publication.PublicationVersions;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Conditional GETs as caches and feed readers make them. */
public final class ConditionalGet {

    private ConditionalGet() {
    }

    /**
     * Moves the test clock past the last public change. Earlier tests may have stored changes "in the
     * future" (they moved the clock, then reset it), and Last-Modified is only sent once the last change
     * is at least a second old: conditional-GET tests start from here.
     */
    public static void passAllChanges(TestClock clock, PublicationVersions versions) {
        var ahead = Duration.between(clock.instant(), versions.current().latestKnownChange());
        clock.advance((ahead.isNegative() ? Duration.ZERO : ahead).plusSeconds(2));
    }

    /** The response to a GET of {@code path} and its ETag and Last-Modified both earn a 304 when repeated. */
    public static MvcResult assertConditional(MockMvc mvc, String path) throws Exception {
        MvcResult first = mvc.perform(get(path)).andReturn();
        assertThat(first.getResponse().getStatus()).as("GET %s", path).isEqualTo(200);
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(etag).as("ETag of %s", path).isNotBlank();
        assertThat(lastModified).as("Last-Modified of %s", path).isNotBlank();
        assertThat(mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse().getStatus())
                .as("If-None-Match on %s", path).isEqualTo(304);
        assertThat(mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).andReturn().getResponse().getStatus())
                .as("If-Modified-Since on %s", path).isEqualTo(304);
        return first;
    }
}
