package org.newsdesk.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.newsdesk.publication.PublicationVersions;
import org.newsdesk.publication.PublishedDispatch;
import org.newsdesk.publication.PublishedDispatches;
import org.newsdesk.publication.SearchResults;
import org.newsdesk.publication.SearchTerms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Reader search in one edition: every word required as a prefix, most relevant first, then newest
 * (docs/search.md). This node's Lucene index proposes the ids of a page and the total; the rows come
 * from {@link PublishedDispatches#visible}, which applies the visibility rule, so what the index
 * wrongly still holds (a kill, an embargo set since) is never shown. While the index is being built,
 * or has not yet caught up with the publication version the page is rendered against, MariaDB's
 * FULLTEXT index answers instead — slower, never staler.
 */
@Service
public class ReaderSearch {

    private final SearchIndex index;
    private final PublishedDispatches published;
    private final PublicationVersions versions;
    private final Clock clock;
    private final Counter byIndex;
    private final Counter byFulltext;

    ReaderSearch(SearchIndex index, PublishedDispatches published, PublicationVersions versions, Clock clock,
                 ObjectProvider<MeterRegistry> meters) {
        this.index = index;
        this.published = published;
        this.versions = versions;
        this.clock = clock;
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.byIndex = Counter.builder("newsdesk.search.requests").tag("engine", "index")
                .description("Reader searches, by the engine that answered").register(registry);
        this.byFulltext = Counter.builder("newsdesk.search.requests").tag("engine", "fulltext")
                .description("Reader searches, by the engine that answered").register(registry);
    }

    public SearchResults search(String language, String query, int page, int pageSize) {
        SearchTerms terms = SearchTerms.parse(query, Locale.forLanguageTag(language));
        if (terms.isEmpty()) {
            return new SearchResults(terms, List.of(), 0, 1, pageSize);
        }
        SearchResults results = index.holds(versions.current().counter()) ? fromIndex(language, terms, page, pageSize) : null;
        if (results == null) {
            byFulltext.increment();
            return published.search(language, query, page, pageSize);
        }
        byIndex.increment();
        return results;
    }

    /** How many searches the index has answered (the rest went to FULLTEXT). */
    double answeredByIndex() {
        return byIndex.count();
    }

    private SearchResults fromIndex(String language, SearchTerms terms, int page, int pageSize) {
        // Most readers want page 1; a page past the end shows the last one, as on FULLTEXT.
        int wanted = Math.max(1, page);
        var hits = index.find(language, terms.words(), clock.instant(), (wanted - 1) * pageSize, pageSize);
        if (hits == null) {
            return null;
        }
        int last = (int) Math.max(1, (hits.total() + pageSize - 1) / pageSize);
        int current = Math.min(wanted, last);
        if (current != wanted) {
            hits = index.find(language, terms.words(), clock.instant(), (current - 1) * pageSize, pageSize);
            if (hits == null) {
                return null;
            }
        }
        List<PublishedDispatch> items = published.visible(hits.ids());
        // Rows the index still proposes but readers may no longer see are not counted either.
        long total = hits.total() - (hits.ids().size() - items.size());
        return new SearchResults(terms, items, total, current, pageSize, !hits.exact());
    }
}
