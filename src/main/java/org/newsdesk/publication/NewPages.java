package org.newsdesk.publication;

import java.util.Map;

/**
 * Pages no reader has asked for yet but the first one soon will: a newly published article's own page.
 * The site offers them, so that {@link PublicResponses} renders them in the background after the publication.
 */
public interface NewPages {

    /** The requests for the pages showing this article, by path (e.g. {@code /fr/2026/12/02/slug}); empty if none. */
    Map<String, PublicResponses.Request> ofArticle(long id);
}
