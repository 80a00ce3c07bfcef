package org.newsdesk.publication;

/**
 * The one rule for what the public may see, as SQL over the projected tables (alias {@code p} for
 * {@code published_dispatch}, {@code k} for {@code killed_dispatch}); {@code :now} is the clock's instant.
 * Readers and anonymous callers see published rows whose embargo has passed; partners also see rows
 * under embargo (withheld) and killed ones (canceled). A killed dispatch keeps a public 410 page only
 * if readers had seen it (its embargo, if any, had ended before the kill).
 */
final class Visibility {

    static final String PUBLIC = "(p.embargo_until IS NULL OR p.embargo_until <= :now)";
    static final String KILLED_AFTER_READERS_SAW_IT = "(k.embargo_until IS NULL OR k.embargo_until <= k.killed_at)";

    private Visibility() {
    }
}
