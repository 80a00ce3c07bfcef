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
 * The database goes away while the application runs and comes back: readiness goes DOWN then UP
 * and pages are served again, without a restart. Runs on its own embedded MariaDB (even when CI
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
                .header("Accept", path.startsWith("/actuator") ? "application/json" : "text/html").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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

    @Test
    void healthFollowsTheDatabaseAndPagesComeBackWithoutRestart() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/fr/").body()).contains("Ilham Aliyev a reçu");

        database.stop();
        try {
            var down = awaitResponse("/actuator/health/readiness", r -> r.statusCode() == 503);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("DOWN");
            // Liveness stays UP: a database outage is no reason for an orchestrator to kill the app.
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            // Readers get the site's error page, not a stack trace.
            var page = get("/fr/");
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("Something went wrong").doesNotContain("Exception");
        } finally {
            database.start();
        }

        var up = awaitResponse("/actuator/health/readiness", r -> r.statusCode() == 200);
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("UP");
        var home = awaitResponse("/fr/", r -> r.statusCode() == 200);
        assertThat(home.body()).contains("Ilham Aliyev a reçu");
    }
}
