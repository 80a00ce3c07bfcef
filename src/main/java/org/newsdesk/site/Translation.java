package org.newsdesk.site;

/** The same story in another language, for the article's "also in" links. */
public record Translation(String language, String languageName, String headline, String path) {
}
