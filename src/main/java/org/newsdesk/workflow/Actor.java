package org.newsdesk.workflow;

/**
 * Who acts, as the workflow sees them. Administrators without a newsroom role only read, so the
 * rules need nothing more than these two facts.
 */
public record Actor(long id, boolean writer, boolean editor) {
}
