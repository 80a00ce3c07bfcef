package org.newsdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;
import org.newsdesk.support.Newsroom;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.newsdesk.support.Unique.unique;

/**
 * Not a test: retained heap per logged-in editor session. Real Chromium sessions log in as the demo
 * editor and keep the dashboard and a dispatch's editor open (two UIs each, as at a desk); the heap
 * after a full GC is read with N sessions and again with 2N, so that what the first sessions load
 * once (classes, Vaadin's caches) cancels out. Writes target/benchmarks/newsroom-sessions.md. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=NewsroomSessionsBenchmark -Dbench.sessions=20}.
 */
@Tag("benchmark")
@ServerTest
class NewsroomSessionsBenchmark extends BrowserTest {

    @Autowired
    Newsroom newsroom;

    static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // A few rounds: what one GC leaves for finalization the next one takes.
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    List<BrowserContext> open(int sessions, long dispatchId) {
        List<BrowserContext> contexts = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            BrowserContext context = browser.newContext();
            Page dashboard = context.newPage();
            logInOn(dashboard, "editor", "red-pen-on-copy");
            dashboard.navigate(url("/newsroom/"));
            dashboard.locator(".nd-tile").first().waitFor();
            Page editor = context.newPage();
            editor.navigate(url("/newsroom/dispatch/" + dispatchId));
            editor.locator("vaadin-text-field").first().waitFor();
            contexts.add(context);
        }
        return contexts;
    }

    @Test
    void retainedHeapPerEditorSession() throws Exception {
        int n = Integer.getInteger("bench.sessions", 20);
        long dispatchId = newsroom.create(Newsroom.draft("fr", unique("Séance"), "Texte de la séance.")).id();
        List<BrowserContext> all = new ArrayList<>(open(2, dispatchId)); // warm-up: classes and caches
        long base = heapAfterGc();
        all.addAll(open(n, dispatchId));
        long withN = heapAfterGc();
        all.addAll(open(n, dispatchId));
        long with2N = heapAfterGc();
        long perSessionFirst = (withN - base) / n;
        long perSessionSecond = (with2N - withN) / n;
        String report = """
                # Newsroom sessions (%s)

                Editor sessions, each with the dashboard and a dispatch's editor open (two UIs), in real Chromium.

                | sessions | heap after GC (MB) | per session, added (KB) |
                |---:|---:|---:|
                | 2 (warm-up) | %.1f | |
                | %d | %.1f | %d |
                | %d | %.1f | %d |
                """.formatted(LocalDateTime.now().withNano(0), base / 1e6, 2 + n, withN / 1e6, perSessionFirst / 1024,
                2 + 2 * n, with2N / 1e6, perSessionSecond / 1024);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/newsroom-sessions.md"), report);
        System.out.println(report);
        all.forEach(BrowserContext::close);
    }
}
