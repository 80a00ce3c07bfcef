package org.newsdesk.publication;

/**
 * Asks the projection to rebuild one dispatch's public copy although its published revision did not
 * change — e.g. demo content that gives an already published dispatch its pictures. Published inside the
 * transaction that made the change; the projection runs in it.
 */
public record ProjectionRefresh(long dispatchId) {
}
