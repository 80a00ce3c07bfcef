package org.newsdesk.wire;

import java.time.Instant;

/** One item as read from a partner, already sanitized: plain text fields and a Markdown body. */
record ParsedItem(String guid, String remoteVersion, String language, Integer urgency, String headline, String lead,
                  String body, String byline, String credit, String located, String dateline, String link,
                  Instant created, boolean canceled) {
}
