package org.newsdesk.publication;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.TestClock;
import org.newsdesk.support.ConditionalGet;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

/** Kept public responses answered before the security chain and Spring MVC: the same bytes and headers, never stale. */
@IntegrationTest
class KeptShortcutsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Newsroom newsroom;

    @Autowired
    TestClock clock;

    @Autowired
    PublicationVersions versions;

    @Autowired
    FilterRegistrationBean<KeptShortcuts> registration;

    @Autowired
    MeterRegistry meters;

    TestEdition desk;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (desk != null) {
            desk.cleanUp();
        }
    }

    /** A new edition with one published article, the clock past the change: the article's dispatch. */
    org.newsdesk.dispatch.DispatchDetails publishedInANewEdition(String headline) {
        desk = newsroom.newEdition();
        var d = desk.publish(desk.draft(Unique.unique(headline), "politics"));
        ConditionalGet.passAllChanges(clock, versions);
        return d;
    }

    long answered() {
        return registration.getFilter().answered();
    }

    MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static Map<String, List<String>> headers(MockHttpServletResponse response) {
        Map<String, List<String>> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : response.getHeaderNames()) {
            all.put(name, response.getHeaders(name));
        }
        return all;
    }

    @Test
    void aKeptResponseIsAnsweredBeforeTheStackWithTheSameStatusHeadersAndBytes() throws Exception {
        var d = publishedInANewEdition("Raccourci");
        for (String path : List.of(desk.path(d), "/" + desk.edition + "/", "/" + desk.edition + "/politics/",
                "/" + desk.edition + "/rss.xml", "/api/ninjs/" + d.id(), "/api/newsml/" + d.id())) {
            for (boolean gzip : new boolean[] {false, true}) {
                var request = gzip ? get(path).header(HttpHeaders.ACCEPT_ENCODING, "gzip") : get(path);
                var whole = perform(request); // rendered (or kept) and learnt on the whole way
                long before = answered();
                var shortcut = perform(gzip ? get(path).header(HttpHeaders.ACCEPT_ENCODING, "gzip") : get(path));
                assertThat(answered()).as("%s (gzip %s) answered before the stack", path, gzip).isEqualTo(before + 1);
                assertThat(shortcut.getStatus()).as(path).isEqualTo(whole.getStatus()).isEqualTo(200);
                assertThat(headers(shortcut)).as("headers of %s (gzip %s)", path, gzip).isEqualTo(headers(whole));
                assertThat(shortcut.getContentAsByteArray()).as("bytes of %s (gzip %s)", path, gzip)
                        .isEqualTo(whole.getContentAsByteArray());
            }
        }
    }

    @Test
    void conditionalAndHeadRequestsAreAnsweredToo() throws Exception {
        var d = publishedInANewEdition("Conditionnel");
        String path = desk.path(d);
        String etag = perform(get(path)).getHeader(HttpHeaders.ETAG);
        long before = answered();
        var notModified = perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(notModified.getHeader(HttpHeaders.CACHE_CONTROL)).contains("public");
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        var headOnly = perform(head(path));
        assertThat(headOnly.getStatus()).isEqualTo(200);
        assertThat(headOnly.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(answered()).isEqualTo(before + 2);
    }

    @Test
    void afterAChangeTheNextReaderGoesTheWholeWayAndSeesIt() throws Exception {
        publishedInANewEdition("Premier");
        String section = "/" + desk.edition + "/politics/";
        perform(get(section));
        long before = answered();
        perform(get(section));
        assertThat(answered()).as("kept and learnt").isEqualTo(before + 1);

        String second = Unique.unique("Second");
        desk.publish(desk.draft(second, "politics"));
        before = answered();
        // The background may render the section again first; either way its new version is what is served.
        assertThat(perform(get(section)).getContentAsString()).contains(second);
        assertThat(perform(get(section)).getContentAsString()).contains(second);
        assertThat(answered()).as("at most the second request, once the section was kept again").isLessThanOrEqualTo(before + 1);
    }

    @Test
    void credentialsErrorsAndUnknownAddressesGoTheWholeWay() throws Exception {
        var d = publishedInANewEdition("Accès");
        String path = desk.path(d);
        perform(get(path));
        long before = answered();
        // A caller with credentials may be a partner, whose answers differ: never from the shortcut.
        perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token"));
        // Not kept: a 404 is rendered on every request.
        String missing = "/" + desk.edition + "/2020/01/01/" + Unique.marker().toLowerCase().replaceAll("[^a-z0-9]", "");
        assertThat(perform(get(missing)).getStatus()).isEqualTo(404);
        assertThat(perform(get(missing)).getStatus()).isEqualTo(404);
        // Another query string is another address.
        perform(get(path + "?utm=" + Unique.marker()));
        assertThat(answered()).isEqualTo(before);
    }

    @Test
    void answersAreCountedInTheRequestMetricsUnderTheirRoute() throws Exception {
        var d = publishedInANewEdition("Mesuré");
        String path = desk.path(d);
        perform(get(path));
        String route = "/{lang:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*}/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug:[a-z0-9-]+}";
        var timer = meters.find("http.server.requests").tag("uri", route).tag("status", "200").timer();
        long before = timer == null ? 0 : timer.count();
        long answeredBefore = answered();
        perform(get(path));
        perform(get(path));
        assertThat(answered()).isEqualTo(answeredBefore + 2);
        assertThat(meters.find("http.server.requests").tag("uri", route).tag("status", "200").timer().count())
                .isEqualTo(before + 2);
    }
}
