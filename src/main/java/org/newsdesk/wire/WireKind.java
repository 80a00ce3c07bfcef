package org.newsdesk.wire;

/** What a partner's URL serves. */
public enum WireKind {
    /** IPTC ninjs 3.x: one item, an array of items, or Newsdesk's page ({@code {"items": [...]}}). */
    NINJS,
    /** IPTC NewsML-G2: a {@code newsItem} or a {@code newsMessage} of them. */
    NEWSML,
    /** RSS or Atom, read with ROME. */
    FEED
}
