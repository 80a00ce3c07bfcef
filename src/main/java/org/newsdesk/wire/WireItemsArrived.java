package org.newsdesk.wire;

import java.util.Set;

/**
 * New items or new versions of items came in from a source (published after they are stored).
 *
 * @param toTell staff members who used one of the changed items and have not seen its new version
 */
public record WireItemsArrived(long sourceId, int count, Set<Long> toTell) {
}
