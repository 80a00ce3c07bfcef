package org.newsdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.ServletContext;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;
import org.newsdesk.support.HeapHistogram;
import org.newsdesk.support.Newsroom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.newsdesk.support.Unique.unique;

/**
 * Not a test: retained heap per logged-in editor session. Real Chromium sessions log in as the demo
 * editor and keep some newsroom pages open, one UI per tab. {@code bench.steps} lists the kinds of session
 * (default {@code empty;shell;dashboard;editor;dashboard,editor}: the desk is the last one, the dashboard and
 * a dispatch's editor); after two warm-up sessions of each kind (classes, Vaadin's caches), N sessions of
 * each kind are added in turn and stay open, and the heap after full GCs and a class histogram are read
 * after each kind: their growth divided by N is the cost of one such session, attributed per class and
 * per package. Pages: {@code dashboard}, {@code editor}, {@code shell} (an empty view in the newsroom's
 * layout) and {@code empty} (an empty view without layout: Vaadin's own cost of a UI, and the test's
 * Playwright client, which lives in this JVM too). Writes target/benchmarks/newsroom-sessions.md. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=NewsroomSessionsBenchmark -Dbench.sessions=10}. With
 * {@code -Dbench.heapdump=FILE} it also writes a heap dump of live objects while every session is still open,
 * to trace what holds them.
 */
@Tag("benchmark")
@ServerTest
// Tests run Vaadin in development mode; the production jar neither records where each component was created
// (a Throwable per component: about 1.5 MB per desk session) nor serves the dev tools. Measure as it runs there;
// -Dbench.devmode=true measures development mode instead.
// Idle keep-alive connections left by page loads (Chromium opens several at once) close after Tomcat's keep-alive
// timeout, 60 s by default; measured within it they add 17 KB each of socket buffers to whatever row is being
// measured. The benchmark closes them after 2 s and counts the connections still open (the push WebSockets).
@TestPropertySource(properties = {"vaadin.devmode.componentTracker.enabled=${bench.devmode:false}",
        "vaadin.devmode.devTools.enabled=${bench.devmode:false}",
        "server.tomcat.keep-alive-timeout=${bench.keep-alive:2s}"})
class NewsroomSessionsBenchmark extends BrowserTest {

    /** The floor: a logged-in UI showing nothing, without the newsroom's layout. Registered only by this benchmark. */
    @PermitAll
    @Route(value = "bench-empty", autoLayout = false, registerAtStartup = false)
    static class EmptyView extends Div {
        EmptyView() {
            setText("empty");
            addClassName("nd-bench-empty");
        }
    }

    /** The same in the newsroom's layout (the shell: navigation, language, who is logged in). */
    @PermitAll
    @Route(value = "bench-shell", registerAtStartup = false)
    static class ShellView extends EmptyView {
    }

    @Autowired
    Newsroom newsroom;

    @Autowired
    ServletContext servletContext;

    @Autowired
    org.springframework.core.env.Environment environment;

    @Autowired
    WebServerApplicationContext webServer;

    /** Connections Tomcat holds open now: the push WebSockets and any keep-alive connection not yet timed out. */
    long openConnections() {
        var protocol = (AbstractProtocol<?>) ((TomcatWebServer) webServer.getWebServer()).getTomcat().getConnector().getProtocolHandler();
        return protocol.getConnectionCount();
    }

    /**
     * Not the server's: G1's filler arrays (dead space between objects, which the histogram lists like objects)
     * and the classes of the test's Playwright client, which runs in this JVM (its strings stay counted).
     */
    static final Predicate<String> NOT_THE_SERVERS = name -> name.contains("jdk.internal.vm.FillerElement")
            || name.startsWith("com.google.gson.") || name.startsWith("com.microsoft.playwright.");

    /** After the keep-alive timeout, so that only what the sessions keep open is counted. */
    void idleConnectionsClosed() throws InterruptedException {
        Thread.sleep(environment.getProperty("server.tomcat.keep-alive-timeout", java.time.Duration.class).toMillis() + 1_000);
    }

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

    List<BrowserContext> open(int sessions, List<String> pages, long dispatchId) {
        List<BrowserContext> contexts = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            BrowserContext context = browser.newContext();
            logIn(context);
            for (String name : pages) {
                Page page = context.newPage(); // one tab, one UI each
                switch (name) {
                    case "dashboard" -> {
                        page.navigate(url("/newsroom/"));
                        page.locator(".nd-tile").first().waitFor();
                    }
                    case "editor" -> {
                        page.navigate(url("/newsroom/dispatch/" + dispatchId));
                        page.locator("vaadin-text-field").first().waitFor();
                    }
                    case "shell" -> {
                        page.navigate(url("/newsroom/bench-shell"));
                        page.locator("vaadin-app-layout .nd-bench-empty").waitFor();
                    }
                    case "empty" -> {
                        page.navigate(url("/newsroom/bench-empty"));
                        page.locator(".nd-bench-empty").waitFor();
                        if (page.locator("vaadin-app-layout").count() > 0) {
                            throw new IllegalStateException("the empty view must not be in the newsroom's layout");
                        }
                    }
                    default -> throw new IllegalArgumentException("no such page: " + name);
                }
            }
            contexts.add(context);
        }
        return contexts;
    }

    /**
     * Logs in with the login form's POST from the context's own request client (its cookies are the context's):
     * loading the login page, and the dashboard it lands on, would leave two more UIs in each session until their
     * heartbeats expire (3 × 5 min), which is not what the pages open cost.
     */
    void logIn(BrowserContext context) {
        var response = context.request().post(url("/newsroom/login"), RequestOptions.create()
                .setHeader("Origin", url(""))
                .setForm(FormData.create().set("username", "editor").set("password", "red-pen-on-copy"))
                .setMaxRedirects(0));
        String location = response.headers().getOrDefault("location", "");
        if (response.status() != 302 || location.contains("login")) {
            throw new IllegalStateException("login refused: " + response.status() + " " + location);
        }
    }

    @Test
    void retainedHeapPerEditorSession() throws Exception {
        int n = Integer.getInteger("bench.sessions", 10);
        List<List<String>> steps = Arrays.stream(System.getProperty("bench.steps", "empty;shell;dashboard;editor;dashboard,editor")
                .split(";")).map(step -> Arrays.asList(step.split(","))).toList();
        var routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        routes.setAnnotatedRoute(EmptyView.class);
        routes.setAnnotatedRoute(ShellView.class);
        long dispatchId = newsroom.create(Newsroom.draft("fr", unique("Séance"), "Texte de la séance.")).id();
        List<BrowserContext> all = new ArrayList<>();
        for (List<String> pages : steps) {
            all.addAll(open(2, pages, dispatchId)); // warm-up: classes and caches
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        var summary = new StringBuilder("""
                # Newsroom sessions (%s, load average %.2f, %s)

                Sessions of the demo editor in real Chromium, N = %d per row, each row added to the ones before
                (all stay open). Per session: heap after full GCs, and the class histogram's growth, divided by N;
                the histogram without G1's filler arrays and the Playwright client's classes, which are not the
                server's (their growth is the last column).

                Measured after Tomcat's keep-alive timeout (%s), when only the connections a session keeps are open.

                | pages open per session | UIs | per session (KB) | histogram per session (KB) | open connections per session | not the server's (KB) |
                |---|---:|---:|---:|---:|---:|
                """.formatted(LocalDateTime.now().withNano(0), os.getSystemLoadAverage(), vaadinMode(), n,
                environment.getProperty("server.tomcat.keep-alive-timeout")));
        var details = new StringBuilder();
        idleConnectionsClosed();
        long connections = openConnections();
        long heap = heapAfterGc();
        // Each histogram is taken while the previous two (about 1.8 MB each) are alive: so is the first one, or the
        // first row would count them (the "one-time growth" of the first row, 2026-12-03).
        HeapHistogram previous = HeapHistogram.now();
        HeapHistogram previousOfTheServers = previous.without(NOT_THE_SERVERS);
        HeapHistogram everything = HeapHistogram.now();
        HeapHistogram histogram = everything.without(NOT_THE_SERVERS);
        java.lang.ref.Reference.reachabilityFence(previous);
        java.lang.ref.Reference.reachabilityFence(previousOfTheServers);
        for (List<String> pages : steps) {
            all.addAll(open(n, pages, dispatchId));
            idleConnectionsClosed();
            long open = openConnections();
            long now = heapAfterGc();
            HeapHistogram everythingAfter = HeapHistogram.now();
            HeapHistogram after = everythingAfter.without(NOT_THE_SERVERS);
            long notTheServers = (everythingAfter.totalBytes() - after.totalBytes()) - (everything.totalBytes() - histogram.totalBytes());
            summary.append("| %s | %d | %,d | %,d | %.1f | %,d |%n".formatted(String.join(" + ", pages), pages.size(),
                    (now - heap) / n / 1024, (after.totalBytes() - histogram.totalBytes()) / n / 1024,
                    (open - connections) / (double) n, notTheServers / n / 1024));
            connections = open;
            details.append("""

                    ## %s: growth per session by class, then by package

                    %s
                    %s""".formatted(String.join(" + ", pages), table(after.since(histogram), n, 30),
                    table(after.grouped(histogram, packageOf()), n, 15)));
            heap = now;
            histogram = after;
            everything = everythingAfter;
        }
        summary.append("\nLoad average at the end: %.2f%n".formatted(os.getSystemLoadAverage()));
        String report = summary + details.toString();
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/newsroom-sessions.md"), report);
        System.out.println(report);
        String dump = System.getProperty("bench.heapdump", "");
        if (!dump.isBlank()) {
            Files.deleteIfExists(Path.of(dump));
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(dump, true);
        }
        all.forEach(BrowserContext::close);
    }

    String vaadinMode() {
        return "component tracker " + (environment.getProperty("vaadin.devmode.componentTracker.enabled", Boolean.class, true)
                ? "on" : "off") + ", dev tools " + (environment.getProperty("vaadin.devmode.devTools.enabled", Boolean.class, true)
                ? "on" : "off");
    }

    /** Packages, with Vaadin's internals and components kept apart from the rest. */
    static Function<String, String> packageOf() {
        return name -> {
            String n = name.replace("[L", "").replace(";", "");
            if (n.startsWith("[")) {
                return name; // arrays of primitives: [B, [I, ...
            }
            int last = n.lastIndexOf('.');
            return last < 0 ? n : n.substring(0, last);
        };
    }

    static String table(List<HeapHistogram.Delta> deltas, int sessions, int rows) {
        return "| class | instances per session | bytes per session |\n|---|---:|---:|\n"
                + deltas.stream().limit(rows)
                .map(d -> "| `%s` | %.1f | %,d |".formatted(d.name(), d.instances() / (double) sessions, d.bytes() / sessions))
                .collect(Collectors.joining("\n")) + "\n";
    }
}
