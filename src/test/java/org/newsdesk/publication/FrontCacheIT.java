package org.newsdesk.publication;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    static final int APP_PORT = freePort();
    static final int VARNISH_PORT = freePort();
    static Process varnish;
    static Path workDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> APP_PORT);
        registry.add("newsdesk.front-cache.purge-urls", () -> "http://127.0.0.1:" + VARNISH_PORT + "/");
        registry.add("newsdesk.front-cache.shared-max-age", () -> "1h");
    }

    @Autowired
    Newsroom newsroom;

    final HttpClient http = HttpClient.newHttpClient();

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void startVarnish() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/varnishd")), "varnishd is not installed (apt-get install varnish)");
        if (varnish != null) {
            return;
        }
        // varnishd drops root for its own user: it must be able to read the VCL.
        workDir = Files.createTempDirectory("varnish-it", java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        String vcl = Files.readString(Path.of("docker/varnish/default.vcl"))
                .replace(".host = \"app\";", ".host = \"127.0.0.1\";")
                .replace(".port = \"8080\";", ".port = \"" + APP_PORT + "\";");
        Path vclFile = workDir.resolve("default.vcl");
        Files.writeString(vclFile, vcl);
        Files.setPosixFilePermissions(vclFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        varnish = new ProcessBuilder("/usr/sbin/varnishd", "-F", "-n", workDir.resolve("n").toString(),
                "-a", "127.0.0.1:" + VARNISH_PORT, "-f", vclFile.toString(), "-s", "malloc,64m",
                "-p", "ban_lurker_sleep=0.05")
                .redirectErrorStream(true).redirectOutput(workDir.resolve("varnishd.log").toFile()).start();
        // Until Varnish answers and its probe finds the app healthy.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/readyz").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        String log = Files.readString(workDir.resolve("varnishd.log"));
        varnish.destroy();
        varnish = null;
        throw new IllegalStateException("Varnish did not start: " + log);
    }

    @AfterAll
    static void stopVarnish() {
        if (varnish != null) {
            varnish.destroy();
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + VARNISH_PORT + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String path(TestEdition desk, org.newsdesk.dispatch.DispatchDetails d) {
        return "/" + desk.edition + "/" + DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC)
                .format(d.firstPublishedAt()) + "/" + d.slug();
    }

    /** Polls through Varnish until the response satisfies the check; returns how long it took. */
    Duration until(String path, java.util.function.Predicate<HttpResponse<String>> check) throws Exception {
        long start = System.nanoTime();
        while (!check.test(get(path))) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waiting on %s", path).isLessThan(Duration.ofSeconds(5));
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void pagesComeFromVarnishAndAKillIsGoneFromItWithinASecond() throws Exception {
        TestEdition desk = newsroom.newEdition();
        var d = desk.publish(desk.draft(Unique.unique("Derrière Varnish"), "politics"));
        String article = path(desk, d);
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
        String article = path(desk, d);
        get(article);
        assertThat(get(article).headers().firstValue("X-Cache")).hasValue("HIT");
        desk.as("editor", () -> desk.service().correct(d.id(), "Le nombre de navires était faux."));
        assertThat(until(article, r -> r.body().contains("Le nombre de navires était faux.")))
                .isLessThan(Duration.ofSeconds(1));
        desk.cleanUp();
    }

    @Test
    void onlyTheAppMayPurge() throws Exception {
        var ban = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + VARNISH_PORT + "/"))
                .method("BAN", HttpRequest.BodyPublishers.noBody()).header("X-Purge-Tags", "all; rm -rf").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ban.statusCode()).isEqualTo(400);
    }
}
