package org.newsdesk.dispatch;

import org.newsdesk.text.Dateline;

/**
 * The fields a writer or editor fills in.
 *
 * @param language BCP 47 tag
 * @param slug     URL slug; blank = generated from the headline (editable until first publication)
 * @param urgency  IPTC 1 (flash) … 9; 5 is normal
 */
public record DispatchDraft(String language, String headline, String slugline, Dateline dateline, String byline,
                            String lead, String body, String sectionCode, String keywords, int urgency, String slug) {

    public static final int HEADLINE_MAX = 200;
    public static final int BODY_MAX = 100_000;
}
