package org.newsdesk.publication;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Application;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.support.Varnish;
import org.newsdesk.workflow.DispatchState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newsdesk.support.Unique.unique;

/**
 * Two app nodes sharing one MariaDB behind a real Varnish, as in a deployment that outgrew one node:
 * node A is this test's application, node B a second one started beside it. What one node changes,
 * the other serves within a second (its version poll), directly and through Varnish (purged by the
 * node that made the change); scheduled publishing runs on both and publishes each item once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
class TwoNodesIT {

    static final int NODE_A = Varnish.freePort();
    static final int NODE_B = Varnish.freePort();
    static final Varnish varnish = new Varnish();
    static ConfigurableApplicationContext nodeB;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> NODE_A);
        registry.add("newsdesk.front-cache.purge-urls", varnish::purgeUrl);
        registry.add("newsdesk.front-cache.shared-max-age", () -> "1h");
        registry.add("newsdesk.scheduler.enabled", () -> "true");
        registry.add("newsdesk.scheduler.interval", () -> "PT0.2S");
    }

    @Autowired
    Newsroom newsroom;
    @Autowired
    JdbcConnectionDetails database;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void startNodeBAndVarnish() throws Exception {
        assumeTrue(Varnish.installed(), "varnishd is not installed (apt-get install varnish)");
        if (nodeB == null) {
            // As arguments: builder "properties" are defaults, below application.properties.
            Map<String, Object> settings = Map.of(
                    "server.port", NODE_B,
                    // The same database as node A, whether a server or node A's embedded one.
                    "spring.datasource.url", database.getJdbcUrl(),
                    "spring.datasource.username", database.getUsername(),
                    "spring.datasource.password", database.getPassword() == null ? "" : database.getPassword(),
                    "newsdesk.demo-data", "false",
                    "newsdesk.front-cache.purge-urls", varnish.purgeUrl(),
                    "newsdesk.front-cache.shared-max-age", "1h",
                    "newsdesk.scheduler.enabled", "true",
                    "newsdesk.scheduler.interval", "PT0.2S");
            nodeB = new SpringApplicationBuilder(Application.class).profiles("test")
                    .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
            // Each application installs its own security context strategy (Vaadin's) in the JVM-wide
            // holder; this test calls node A's services, so node A's goes back in.
            SecurityContextHolder.setContextHolderStrategy(security);
        }
        varnish.start(List.of(NODE_A, NODE_B));
    }

    @AfterAll
    static void stop() {
        varnish.close();
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void whatOneNodeChangesTheOtherServesWithinASecondDirectlyAndThroughVarnish() throws Exception {
        TestEdition desk = newsroom.newEdition();
        desk.publish(desk.draft(unique("Première"), "politics"));
        String front = "/" + desk.edition + "/";
        // Both nodes and Varnish hold the front page as it is now.
        for (int port : List.of(NODE_A, NODE_B, varnish.port)) {
            varnish.until(port, front, r -> r.statusCode() == 200 && r.body().contains("Première"));
            varnish.get(port, front);
        }
        assertThat(varnish.get(front).headers().firstValue("X-Cache")).hasValue("HIT");

        String headline = unique("Publiée sur le nœud A");
        DispatchDetails d = desk.publish(desk.draft(headline, "politics"));
        assertThat(varnish.until(NODE_B, front, r -> r.body().contains(headline))).as("node B, directly")
                .isLessThan(Duration.ofSeconds(1));
        assertThat(varnish.until(varnish.port, front, r -> r.body().contains(headline))).as("through Varnish")
                .isLessThan(Duration.ofSeconds(1));
        for (int i = 0; i < 6; i++) {
            assertThat(varnish.get(front).body()).as("every later answer, from either node or the cache").contains(headline);
        }

        // Killed on node A: gone from node B and from Varnish within a second.
        String article = desk.path(d);
        for (int port : List.of(NODE_B, varnish.port)) {
            varnish.until(port, article, r -> r.statusCode() == 200);
        }
        desk.as("editor", () -> desk.service().kill(d.id(), "Retirée."));
        assertThat(varnish.until(NODE_B, article, r -> r.statusCode() == 410)).as("node B, directly").isLessThan(Duration.ofSeconds(1));
        assertThat(varnish.until(varnish.port, article, r -> r.statusCode() == 410)).as("through Varnish").isLessThan(Duration.ofSeconds(1));
        assertThat(varnish.get(front).body()).doesNotContain(headline);
        desk.cleanUp();
    }

    @Test
    void bothNodesRunTheSchedulerAndEachItemIsPublishedOnce() throws Exception {
        TestEdition desk = newsroom.newEdition();
        List<Long> ids = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            headlines.add(unique("Programmée"));
            var d = desk.create(desk.draft(headlines.getLast(), "economy"));
            desk.as("editor", () -> desk.service().schedule(d.id(), java.time.Instant.now().plusMillis(800)));
            ids.add(d.id());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ids.stream().anyMatch(id -> desk.as("editor", () -> desk.service().get(id)).state() != DispatchState.PUBLISHED)) {
            assertThat(System.nanoTime()).as("all published by the schedulers").isLessThan(deadline);
            Thread.sleep(50);
        }
        for (long id : ids) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target_id = :id AND action = 'DISPATCH_PUBLISH'")
                    .param("id", id).query(Long.class).single()).as("published once").isEqualTo(1);
        }
        // Readers of either node see them all.
        for (int port : List.of(NODE_A, NODE_B)) {
            String front = "/" + desk.edition + "/";
            varnish.until(port, front, r -> headlines.stream().allMatch(r.body()::contains));
        }
        desk.cleanUp();
    }
}
