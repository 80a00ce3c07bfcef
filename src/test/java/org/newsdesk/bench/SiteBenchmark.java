package org.newsdesk.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: the public site under load from {@code wrk} (Debian package) with N published
 * dispatches (default 100,000), beside the same server sending a static file of the article page's
 * size. Writes target/benchmarks/site.md. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=SiteBenchmark -Dbench.published=100000}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=",
        "newsdesk.embedded-db.data-dir=data/mariadb-bench-site",
        "newsdesk.embedded-db.database=newsdesk_bench_site",
        "newsdesk.embedded-db.fresh=false",
        "newsdesk.embedded-db.buffer-pool=2G",
        "spring.datasource.hikari.maximum-pool-size=16",
        "server.tomcat.threads.max=64",
        "spring.web.resources.static-locations=classpath:/META-INF/resources/,file:target/bench-static/",
        "logging.level.root=WARN"})
@ActiveProfiles("test")
class SiteBenchmark {

    static final Pattern RESULT = Pattern.compile("RESULT rps=(\\d+) p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+) requests=(\\d+) errors=(\\d+)");
    static final String DURATION = System.getProperty("bench.duration", "20s");

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void measure() throws Exception {
        int target = Integer.getInteger("bench.published", 100_000);
        long start = System.nanoTime();
        // About 72% of generated dispatches are published: generate enough of them.
        DispatchGenerator.fill(jdbc, (int) (target / 0.72) + 1);
        publishGenerated();
        long genSeconds = (System.nanoTime() - start) / 1_000_000_000;
        jdbc.sql("ANALYZE TABLE published_dispatch").query().listOfRows();
        long published = jdbc.sql("SELECT COUNT(*) FROM published_dispatch").query(Long.class).single();

        String base = "http://127.0.0.1:" + port;
        List<String> articles = jdbc.sql("""
                        SELECT CONCAT('/', language, '/', DATE_FORMAT(first_published_at, '%Y/%m/%d'), '/', slug)
                        FROM published_dispatch WHERE language = 'fr' ORDER BY first_published_at DESC LIMIT 2000""")
                .query(String.class).list();
        String article = articles.get(10);
        String word = jdbc.sql("SELECT SUBSTRING_INDEX(headline, ' ', 1) FROM published_dispatch WHERE dispatch_id = "
                + "(SELECT MAX(dispatch_id) FROM published_dispatch WHERE language = 'fr')").query(String.class).single();
        var http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + article)).build(),
                HttpResponse.BodyHandlers.ofString());
        Path staticDir = Path.of("target/bench-static");
        Files.createDirectories(staticDir);
        Files.writeString(staticDir.resolve("article-size.html"), page.body());
        Path paths = Files.write(Path.of("target/bench-static/articles.txt"), articles);
        String etag = page.headers().firstValue("ETag").orElseThrow();

        record Case(String name, String path, Map<String, String> env) {
        }
        List<Case> cases = List.of(
                new Case("static file, same size as the article page", "/article-size.html", Map.of()),
                new Case("article page (one article, rendered once per content version)", article, Map.of()),
                new Case("article page, 2,000 different articles", "/", Map.of("WRK_PATHS", paths.toAbsolutePath().toString())),
                new Case("article page, rendering forced on every request", article, Map.of("WRK_BUST", "1")),
                new Case("article page, conditional GET answered 304", article, Map.of("WRK_ETAG", etag)),
                new Case("edition front page /fr/", "/fr/", Map.of()),
                new Case("edition front page, rendering forced", "/fr/", Map.of("WRK_BUST", "1")),
                new Case("section page /fr/politics/", "/fr/politics/", Map.of()),
                new Case("section page, rendering forced", "/fr/politics/", Map.of("WRK_BUST", "1")),
                new Case("search /fr/search?q=" + word, "/fr/search?q=" + word, Map.of()),
                new Case("search, run on every request", "/fr/search?q=" + word, Map.of("WRK_BUST", "1")));

        Path script = Path.of("src/test/resources/bench/report.lua").toAbsolutePath();
        StringBuilder report = new StringBuilder("| case | requests/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|\n");
        for (Case c : cases) {
            wrk(base + c.path(), script, c.env(), "5s"); // warm-up
            String out = wrk(base + c.path(), script, c.env(), DURATION);
            Matcher m = RESULT.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("wrk said: " + out);
            }
            report.append("| %s | %s | %s | %s | %s | %s |%n".formatted(c.name(), m.group(1), m.group(2), m.group(3), m.group(4), m.group(6)));
            System.out.println(c.name() + ": " + m.group());
        }
        String header = ("%,d published dispatches (%,d dispatches in all; data ready in %d s); wrk, 2 threads, "
                + "64 connections, %s per case after a 5 s warm-up, on this machine (2 cores shared by wrk, the server "
                + "and embedded MariaDB 11.4 with a 2 GB buffer pool). Article page: %,d bytes.%n%n")
                .formatted(published, jdbc.sql("SELECT COUNT(*) FROM dispatch").query(Long.class).single(), genSeconds,
                        DURATION, page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        Path out = Path.of("target/benchmarks/site.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, header + report);
        System.out.println("\n" + header + report);
    }

    void publishGenerated() {
        DispatchGenerator.publishGenerated(jdbc);
    }

    static String wrk(String url, Path script, Map<String, String> env, String duration) throws Exception {
        var pb = new ProcessBuilder("wrk", "-t2", "-c64", "-d" + duration, "-s", script.toString(), url).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}
