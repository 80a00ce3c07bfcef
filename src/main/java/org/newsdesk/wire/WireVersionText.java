package org.newsdesk.wire;

/** The text of one version of an incoming item, as it arrived. */
record WireVersionText(String headline, String lead, String body, String byline, String dateline) {
}
