package org.newsdesk.publication;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A position in a newest-first list (keyset paging): first publication instant and id of an item.
 * Its token is what goes into links, {@code 1677663000000000-42}: microseconds since the epoch and id.
 */
public record PageCursor(Instant publishedAt, long id) {

    private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})-(\\d{1,18})");

    public static PageCursor of(PublishedDispatch d) {
        return new PageCursor(d.publishedAt(), d.id());
    }

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt) + "-" + id;
    }

    /** Empty for anything that is not a token this class wrote. */
    public static Optional<PageCursor> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var m = TOKEN.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(m.group(1));
            return Optional.of(new PageCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), Long.parseLong(m.group(2))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
