package org.newsdesk.dispatch;

import java.util.List;

/**
 * What the newsroom dashboard shows one person: each list holds the first few rows, each count
 * all of them. Two lists are the person's own; the other three are the same for everyone, so one
 * reading serves every open dashboard.
 */
public record DashboardData(Section myDrafts, Section returnedToMe, Section reviewQueue, Section scheduledOrEmbargoed,
                            Section recentlyPublished) {

    public record Section(long count, List<DispatchRow> rows) {
    }

    /** The lists of one person's own dispatches: they change only when one of that person's dispatches does. */
    public record Own(Section myDrafts, Section returnedToMe) {
    }

    /** The desk's lists, the same on every dashboard. */
    public record Shared(Section reviewQueue, Section scheduledOrEmbargoed, Section recentlyPublished) {
    }

    public static DashboardData of(Own own, Shared shared) {
        return new DashboardData(own.myDrafts(), own.returnedToMe(), shared.reviewQueue(), shared.scheduledOrEmbargoed(),
                shared.recentlyPublished());
    }
}
