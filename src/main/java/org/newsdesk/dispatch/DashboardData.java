package org.newsdesk.dispatch;

import java.util.List;

/**
 * What the newsroom dashboard shows one person: each list holds the first few rows, each count
 * all of them.
 */
public record DashboardData(Section myDrafts, Section returnedToMe, Section reviewQueue, Section scheduledOrEmbargoed,
                            Section recentlyPublished) {

    public record Section(long count, List<DispatchRow> rows) {
    }
}
