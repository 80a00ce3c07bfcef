package org.newsdesk.publication;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Tells every configured front cache ({@link FrontCacheProperties#purgeUrls()}) to drop the responses a
 * change affects, right after the change commits: an HTTP {@code BAN} carrying the tags in
 * {@value #TAGS_HEADER} (the VCL in {@code docker/varnish/default.vcl} bans the objects whose
 * {@link PublicResponses#TAG_HEADER} names one of them). So a kill or a correction is gone from the front
 * cache within a second however long its {@code s-maxage}. The node that commits a change purges for it;
 * embargo lifts, which no node writes, are purged by every node that sees one pass (purging twice is
 * harmless): the lifted article's page, section, edition and translation set, not everything.
 */
@Component
public class FrontCachePurger {

    public static final String TAGS_HEADER = "X-Purge-Tags";
    private static final Logger log = LoggerFactory.getLogger(FrontCachePurger.class);

    private final FrontCacheProperties properties;
    private final PublicationVersions versions;
    private final Editions editions;
    private final MeterRegistry meters;
    private final HttpClient http;
    private volatile List<String> lastListed;

    FrontCachePurger(FrontCacheProperties properties, PublicationVersions versions, Editions editions,
                     ObjectProvider<MeterRegistry> meters) {
        this.properties = properties;
        this.versions = versions;
        this.editions = editions;
        this.meters = meters.getIfAvailable();
        this.http = HttpClient.newBuilder().connectTimeout(properties.purgeTimeout()).build();
        if (!properties.purgeUrls().isEmpty()) {
            versions.listen(this::liftedOrPolled);
        }
    }

    /** Purges these tags once the current transaction commits (at once if there is none). */
    void purgeAfterCommit(Collection<String> tags) {
        if (properties.purgeUrls().isEmpty()) {
            return;
        }
        Set<String> all = new LinkedHashSet<>(tags);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    purge(withNavigation(all));
                }
            });
        } else {
            purge(withNavigation(all));
        }
    }

    /** When the editions readers are offered change, every page's navigation changes. */
    private Set<String> withNavigation(Set<String> tags) {
        List<String> listed = editions.listed(versions.current());
        if (lastListed != null && !lastListed.equals(listed)) {
            tags.add(CacheTags.ALL);
        }
        lastListed = listed;
        return tags;
    }

    /**
     * Embargo lifts are told by every node's poll (no node writes them): purge what they show. Changes
     * another node committed were purged by that node; purging them again is harmless but useless.
     */
    private void liftedOrPolled(PublicationVersion version, Set<String> scopes, boolean lift) {
        if (lift) {
            purge(withNavigation(new LinkedHashSet<>(scopes)));
        }
    }

    /** Sends the purge to every front cache, without waiting; a failure is logged, counted and retried once. */
    CompletableFuture<Void> purge(Set<String> tags) {
        String header = String.join(" ", tags);
        List<CompletableFuture<?>> sent = new java.util.ArrayList<>();
        for (URI url : properties.purgeUrls()) {
            sent.add(send(url, header, true));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<?> send(URI url, String tags, boolean retry) {
        var request = HttpRequest.newBuilder(url).method("BAN", HttpRequest.BodyPublishers.noBody())
                .header(TAGS_HEADER, tags).timeout(properties.purgeTimeout()).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            boolean ok = error == null && response.statusCode() < 300;
            count(ok ? "ok" : "failed");
            if (!ok) {
                log.warn("Front cache purge of [{}] at {} failed: {}{}", tags, url,
                        error != null ? error.toString() : "HTTP " + response.statusCode(), retry ? "; retrying" : "");
                if (retry) {
                    return send(url, tags, false);
                }
            }
            return CompletableFuture.completedFuture(null);
        }).thenCompose(f -> f);
    }

    private void count(String outcome) {
        if (meters != null) {
            meters.counter("newsdesk.front-cache.purges", "outcome", outcome).increment();
        }
    }
}
