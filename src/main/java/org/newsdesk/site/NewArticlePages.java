package org.newsdesk.site;

import org.newsdesk.publication.NewPages;
import org.newsdesk.publication.PublicResponses;
import org.newsdesk.publication.PublishedDispatches;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.Map;

/** A newly published article's page, offered for rendering before its first reader asks. */
@Component
class NewArticlePages implements NewPages {

    private final PublishedDispatches published;
    private final SiteController site;

    NewArticlePages(PublishedDispatches published, SiteController site) {
        this.published = published;
        this.site = site;
    }

    @Override
    public Map<String, PublicResponses.Request> ofArticle(long id) {
        return published.find(id)
                .map(d -> Map.of(d.path(), site.articleRequest(d.language(),
                        d.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate(), d.slug(), d.path())))
                .orElse(Map.of());
    }
}
