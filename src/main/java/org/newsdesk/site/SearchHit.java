package org.newsdesk.site;

import org.newsdesk.publication.PublishedDispatch;

/** A search result with its headline and a snippet cut around the first hit, terms marked. */
public record SearchHit(PublishedDispatch dispatch, Highlighted headline, Highlighted snippet) {
}
