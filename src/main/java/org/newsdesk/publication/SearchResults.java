package org.newsdesk.publication;

import java.util.List;

/** One page of reader search results, most relevant first, then newest. */
public record SearchResults(SearchTerms terms, List<PublishedDispatch> items, long total, int page, int pageSize,
                            boolean totalIsAtLeast) {

    /** With an exact total. */
    public SearchResults(SearchTerms terms, List<PublishedDispatch> items, long total, int page, int pageSize) {
        this(terms, items, total, page, pageSize, false);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }
}
