package org.newsdesk.base.db;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while the application runs and comes back: readers get an answer within a
 * second (pages already rendered from memory, otherwise a 503 with Retry-After), readiness goes DOWN
 * within two and UP again, without a restart. Runs on its own embedded MariaDB (even when CI
 * points the other tests at a shared server) so that it can stop and start it — which also covers
 * the embedded-database path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=",
        "newsdesk.embedded-db.data-dir=target/mariadb-outage",
        "newsdesk.embedded-db.database=newsdesk_outage",
        "newsdesk.embedded-db.fresh=true"})
@ActiveProfiles("test")
class DatabaseOutageIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedMariaDbHandle database;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/actuator") ? "application/json" : path.endsWith(".xml") ? "*/*" : "text/html").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> awaitResponse(String path, Predicate<HttpResponse<String>> condition) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> last;
        do {
            last = get(path);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        return last;
    }

    /** A GET and how long it took. */
    record Timed(HttpResponse<String> response, Duration took) {
    }

    Timed timed(String path) throws Exception {
        long start = System.nanoTime();
        var response = get(path);
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void readersGetAnAnswerWithinASecondAndEverythingComesBackWithoutRestart() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/fr/").body()).contains("Ilham Aliyev a reçu");
        assertThat(get("/fr/rss.xml").statusCode()).isEqualTo(200);

        database.stop();
        long stopped = System.nanoTime();
        try {
            var down = awaitResponse("/actuator/health/readiness", r -> r.statusCode() == 503);
            Duration downAfter = Duration.ofNanos(System.nanoTime() - stopped);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("DOWN");
            assertThat(downAfter).as("readiness DOWN after").isLessThan(Duration.ofSeconds(2));
            // Liveness stays UP: a database outage is no reason for an orchestrator to kill the app.
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

            // What was already rendered is served from memory: a minute-old page beats an error.
            for (String path : new String[] {"/fr/", "/fr/rss.xml"}) {
                var cached = timed(path);
                assertThat(cached.response().statusCode()).as(path).isEqualTo(200);
                assertThat(cached.took()).as(path).isLessThan(Duration.ofSeconds(1));
            }
            assertThat(get("/fr/").body()).contains("Ilham Aliyev a reçu");

            // Anything else: the site's own page, 503 with Retry-After, within a second.
            var page = timed("/en/politics/");
            assertThat(page.response().statusCode()).isEqualTo(503);
            assertThat(page.took()).isLessThan(Duration.ofSeconds(1));
            assertThat(page.response().headers().firstValue("Retry-After")).isPresent();
            assertThat(page.response().body()).contains("Back in a moment", "/styles/site.css").doesNotContain("Exception");
            var api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ninjs?lang=en&page=2"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
        } finally {
            database.start();
        }

        var up = awaitResponse("/actuator/health/readiness", r -> r.statusCode() == 200);
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("UP");
        var politics = awaitResponse("/en/politics/", r -> r.statusCode() == 200);
        assertThat(politics.statusCode()).isEqualTo(200);
        assertThat(get("/fr/").body()).contains("Ilham Aliyev a reçu");
    }
}
