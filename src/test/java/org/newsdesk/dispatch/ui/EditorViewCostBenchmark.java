package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.support.HeapHistogram;
import org.newsdesk.support.Newsroom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.newsdesk.support.Unique.unique;

/**
 * Not a test: what one open editor view itself retains, without a browser, push connections or the HTTP
 * session around it — the deterministic part of {@code NewsroomSessionsBenchmark}'s per-session cost, so that
 * a change to the editor's components can be measured on a busy machine. N editors of one stored dispatch are
 * built through Vaadin's instantiator (as the router does), shown and attached to one UI; the class
 * histogram's growth divided by N is one editor's cost. Writes target/benchmarks/editor-view-cost.md. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=EditorViewCostBenchmark -Dbench.views=50}.
 */
@Tag("benchmark")
@IntegrationTest
// As the production jar runs: no record of where each component was created (see NewsroomSessionsBenchmark).
@TestPropertySource(properties = "vaadin.devmode.componentTracker.enabled=${bench.devmode:false}")
class EditorViewCostBenchmark extends NewsroomViewTest {

    @Autowired
    Newsroom newsroom;

    @Test
    @WithUserDetails("editor")
    void retainedHeapPerEditorView() {
        int n = Integer.getInteger("bench.views", 50);
        long id = newsroom.create(Newsroom.draft("fr", unique("Coût"), "Texte de la séance.")).id();
        navigate("dispatch/" + id, DispatchEditorView.class); // warm-up: classes, caches, the route
        var instantiator = VaadinService.getCurrent().getInstantiator();
        Supplier<Component> editor = () -> {
            DispatchEditorView view = instantiator.createRouteTarget(DispatchEditorView.class, null);
            view.setParameter(null, String.valueOf(id));
            return view;
        };
        List<Component> kept = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            kept.add(editor.get());
        }
        respond();
        // A histogram is a map of every class (about 1.8 MB here) and "before" is alive when "after" is taken:
        // one is alive while "before" is taken too, or the growth counts a histogram (36 KB per editor at N = 50).
        HeapHistogram alive = HeapHistogram.now();
        HeapHistogram before = HeapHistogram.now();
        java.lang.ref.Reference.reachabilityFence(alive);
        alive = null;
        for (int i = 0; i < n; i++) {
            Component view = editor.get();
            UI.getCurrent().add(view);
            kept.add(view);
        }
        respond();
        HeapHistogram after = HeapHistogram.now();
        var deltas = after.since(before);
        String report = """
                # One editor view (%s, load average %.2f)

                %d editors of one stored dispatch attached to one UI: %,d bytes per editor (class histogram growth / N).

                | class | instances per editor | bytes per editor |
                |---|---:|---:|
                %s
                """.formatted(LocalDateTime.now().withNano(0), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                n, (after.totalBytes() - before.totalBytes()) / n,
                deltas.stream().limit(30).map(d -> "| `%s` | %.1f | %,d |".formatted(d.name(), d.instances() / (double) n,
                        d.bytes() / n)).collect(Collectors.joining("\n")));
        try {
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/editor-view-cost.md"), report);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.println(report);
        kept.forEach(c -> c.getParent().ifPresent(p -> UI.getCurrent().remove(c)));
    }

    /** What a response to the browser does: the changes and scripts it carries are sent and forgotten. */
    private static void respond() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        internals.getStateTree().collectChanges(change -> { });
        internals.dumpPendingJavaScriptInvocations();
    }
}
