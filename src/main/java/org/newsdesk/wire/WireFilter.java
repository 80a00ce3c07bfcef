package org.newsdesk.wire;

/** Filters of the incoming list; null or blank means any. */
public record WireFilter(Long sourceId, String language, Integer maxUrgency, String words) {

    public static WireFilter none() {
        return new WireFilter(null, null, null, null);
    }
}
