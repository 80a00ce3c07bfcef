package org.newsdesk.publication;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.support.Unique;
import org.newsdesk.support.Varnish;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The app behind a real Varnish with the VCL of docker/varnish/default.vcl and a shared max-age of an
 * hour: pages are served from Varnish, and a kill or a correction is gone from it within a second,
 * because the app bans by tag right after the commit. Needs Debian's varnish package (.ci/run installs it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
class FrontCacheIT {

    static final int APP_PORT = Varnish.freePort();
    static final Varnish varnish = new Varnish();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> APP_PORT);
        registry.add("newsdesk.front-cache.purge-urls", () -> varnish.purgeUrl());
        registry.add("newsdesk.front-cache.shared-max-age", () -> "1h");
    }

    @Autowired
    Newsroom newsroom;

    @BeforeEach
    void startVarnish() throws Exception {
        assumeTrue(Varnish.installed(), "varnishd is not installed (apt-get install varnish)");
        varnish.start(List.of(APP_PORT));
    }

    @AfterAll
    static void stopVarnish() {
        varnish.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return varnish.get(path);
    }

    Duration until(String path, java.util.function.Predicate<HttpResponse<String>> check) throws Exception {
        return varnish.until(varnish.port, path, check);
    }

    @Test
    void pagesComeFromVarnishAndAKillIsGoneFromItWithinASecond() throws Exception {
        TestEdition desk = newsroom.newEdition();
        var d = desk.publish(desk.draft(Unique.unique("Derrière Varnish"), "politics"));
        String article = desk.path(d);
        List<String> pages = List.of(article, "/" + desk.edition + "/", "/" + desk.edition + "/rss.xml");
        for (String page : pages) {
            get(page);
            var cached = get(page);
            assertThat(cached.statusCode()).as(page).isEqualTo(200);
            assertThat(cached.headers().firstValue("X-Cache")).as(page).hasValue("HIT");
            assertThat(cached.headers().firstValue("Surrogate-Key")).as("tags stay inside the cache").isEmpty();
            assertThat(cached.headers().firstValue("Cache-Control").orElseThrow()).contains("s-maxage=3600");
        }
        assertThat(get(article).body()).contains("Derrière Varnish");

        desk.as("editor", () -> desk.service().kill(d.id(), "Retirée : information erronée."));
        Duration gone = until(article, r -> r.statusCode() == 410);
        assertThat(gone).as("kill visible through Varnish after").isLessThan(Duration.ofSeconds(1));
        assertThat(get(article).body()).contains("Retirée : information erronée.");
        assertThat(until("/" + desk.edition + "/rss.xml", r -> !r.body().contains("Derrière Varnish")))
                .isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aCorrectionReachesReadersThroughVarnishWithinASecond() throws Exception {
        TestEdition desk = newsroom.newEdition();
        var d = desk.publish(desk.draft(Unique.unique("Chiffres du port"), "economy"));
        String article = desk.path(d);
        get(article);
        assertThat(get(article).headers().firstValue("X-Cache")).hasValue("HIT");
        desk.as("editor", () -> desk.service().correct(d.id(), "Le nombre de navires était faux."));
        assertThat(until(article, r -> r.body().contains("Le nombre de navires était faux.")))
                .isLessThan(Duration.ofSeconds(1));
        desk.cleanUp();
    }

    @Test
    void gzipAndPlainReadersEachGetTheirOwnCachedCopy() throws Exception {
        TestEdition desk = newsroom.newEdition();
        var d = desk.publish(desk.draft(Unique.unique("Deux copies"), "politics"));
        String article = desk.path(d);
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpRequest> request = encoding -> {
            var builder = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + varnish.port + article));
            return encoding == null ? builder.build() : builder.header("Accept-Encoding", encoding).build();
        };
        for (String encoding : new String[] {null, "gzip, deflate, br", "br, gzip;q=0"}) {
            http.send(request.apply(encoding), java.net.http.HttpResponse.BodyHandlers.discarding());
            var cached = http.send(request.apply(encoding), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            boolean gzip = encoding != null && !encoding.contains("q=0");
            assertThat(cached.headers().firstValue("X-Cache")).as("%s", encoding).hasValue("HIT");
            assertThat(cached.headers().firstValue("Content-Encoding")).as("%s", encoding)
                    .isEqualTo(gzip ? java.util.Optional.of("gzip") : java.util.Optional.empty());
            byte[] body = cached.body();
            String html = new String(gzip ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes()
                    : body, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html).as("%s", encoding).contains("Deux copies");
        }
        desk.cleanUp();
    }

    @Test
    void onlyTheAppMayPurge() throws Exception {
        assertThat(varnish.ban("all; rm -rf").statusCode()).isEqualTo(400);
    }
}
