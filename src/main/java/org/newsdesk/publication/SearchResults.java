package org.newsdesk.publication;

import java.util.List;

/** One page of reader search results, most relevant first, then newest. */
public record SearchResults(SearchTerms terms, List<PublishedDispatch> items, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }
}
