package org.newsdesk.publication;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Uncached renders of an article page per second, in process (no HTTP, no wrk): every request carries a
 * query string never seen before, so each one renders (queries in one read-only transaction + JTE +
 * gzip + digest) through the full filter chain of MockMvc. Runs only with {@code -Pbenchmark}:
 * {@code ./mvnw -Pbenchmark test -Dtest=ArticleRenderBenchmark [-Dbench.seconds=10 -Dbench.threads=2]}.
 * Writes {@code target/benchmarks/article-render.md}. With {@code -Dbench.cached=true} it measures kept
 * responses instead (the hot path: no rendering, no database).
 */
@IntegrationTest
class ArticleRenderBenchmark {

    /** -Dbench.cached=true: the same requests without the query string, answered from the kept responses. */
    static final boolean CACHED = Boolean.getBoolean("bench.cached");

    @Autowired
    MockMvc mvc;

    @Autowired
    Newsroom newsroom;

    @Autowired
    CacheMetrics metrics;

    @Test
    void uncachedArticleRenders() throws Exception {
        TestEdition desk = newsroom.newEdition();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            var d = desk.publish(desk.draft(Unique.unique("Article " + i), "politics"));
            paths.add("/" + desk.edition + "/" + DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC)
                    .format(d.firstPublishedAt()) + "/" + d.slug());
        }
        int threads = Integer.getInteger("bench.threads", 2);
        Duration length = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
        run(paths, threads, Duration.ofSeconds(3)); // warm-up: JIT, pool, JTE
        long misses = metrics.misses.sum();
        long appCpu = processCpuNanos();
        long dbCpu = databaseCpuNanos();
        long n = run(paths, threads, length);
        long rendered = metrics.misses.sum() - misses;
        // CPU per render, the app's and the database server's: unlike renders/s, it hardly moves with the
        // machine's other load, and cores ÷ CPU per render is what the machine could do for renders alone.
        long per = Math.max(1, CACHED ? n : rendered);
        double appMs = (processCpuNanos() - appCpu) / 1e6 / per;
        double dbMs = dbCpu < 0 ? Double.NaN : (databaseCpuNanos() - dbCpu) / 1e6 / per;
        double perSecond = n / (double) length.toSeconds();
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        String report = """
                # %s (in process)

                | threads | seconds | requests | rendered | requests/s | app CPU ms/request | database CPU ms/request | load average |
                |---:|---:|---:|---:|---:|---:|---:|---|
                | %d | %d | %d | %d | %.0f | %.2f | %.2f | %s |

                (Database CPU is the whole local server's, other users included; NaN when it is not found.)
                """.formatted(CACHED ? "Kept article responses" : "Uncached article renders", threads, length.toSeconds(), n, rendered, perSecond, appMs, dbMs, load);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/article-render.md"), report);
        System.out.println(report);
        desk.cleanUp();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The local MariaDB server's CPU time (user + system) from /proc, or -1 when no such process is visible. */
    private static long databaseCpuNanos() {
        try (var procs = Files.list(Path.of("/proc"))) {
            long ticks = 0;
            boolean found = false;
            for (Path p : procs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.equals("mariadbd") || name.equals("mysqld")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                        found = true;
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
            return found ? ticks * 10_000_000L : -1; // USER_HZ is 100 on Linux
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private long run(List<String> paths, int threads, Duration length) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong unique = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    String path = paths.get(i++ % paths.size()) + (CACHED ? "" : "?r=" + unique.incrementAndGet());
                    try {
                        mvc.perform(get(path).header("Accept-Encoding", "gzip")).andReturn();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    done.incrementAndGet();
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        return done.get();
    }
}
