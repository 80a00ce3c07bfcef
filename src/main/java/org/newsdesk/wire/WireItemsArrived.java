package org.newsdesk.wire;

/** New items or new versions of items came in from a source (published after they are stored). */
public record WireItemsArrived(long sourceId, int count) {
}
