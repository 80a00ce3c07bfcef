package org.newsdesk.publication;

import java.time.Instant;

/** What stays public of a killed dispatch: its address, the notice that replaced it, and when. */
public record KilledDispatch(long id, String language, String headline, String notice, Instant killedAt) {
}
