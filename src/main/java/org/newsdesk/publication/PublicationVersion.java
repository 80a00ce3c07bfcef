package org.newsdesk.publication;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableSet;

/**
 * What the public side's content is at this instant, as this node knows it.
 * <ul>
 *   <li>The site-wide counter ({@link #counter()}), bumped by every change of the public read model, and
 *       the latest embargo already lifted (lifting writes nothing, time alone makes it public). Equal
 *       counters and lifts mean identical public content, on any node.</li>
 *   <li>Finer versions per <em>scope</em> ({@link #version(String)}): an edition, a section of an edition,
 *       an article, a translation set, named as their {@link CacheTags}. A response depends on the scopes its
 *       tags name; it stays valid while none of them changed and no embargo in them lifted. A scope this node
 *       has not seen change since it started is version 0.</li>
 * </ul>
 */
public final class PublicationVersion {

    /** A scope's version (the site counter of the transaction that last changed it) and when that was. */
    record Scope(long version, Instant changedAt) {
    }

    /**
     * The finer versions: the scopes changed since this node started, the embargo instants per scope (lifted
     * and upcoming, as far as known), and what stands in for scopes not seen changing.
     *
     * @param horizon     when the list of upcoming embargoes was cut short, its last instant: lifts after it are
     *                    not known until the next read, so nothing can be vouched for past it
     * @param baseline    at least as late as any change this node did not see (used as a scope's Last-Modified)
     */
    record Scopes(Map<String, Scope> versions, Map<String, NavigableSet<Instant>> embargoes, Instant horizon,
                  Instant baseline) {
        static final Scopes NONE = new Scopes(Map.of(), Map.of(), null, Instant.EPOCH);
    }

    private final long counter;
    private final Instant changedAt;
    private final Instant lastEmbargoLifted;
    private final Scopes scopes;

    public PublicationVersion(long counter, Instant changedAt, Instant lastEmbargoLifted) {
        this(counter, changedAt, lastEmbargoLifted, Scopes.NONE);
    }

    PublicationVersion(long counter, Instant changedAt, Instant lastEmbargoLifted, Scopes scopes) {
        this.counter = counter;
        this.changedAt = changedAt;
        this.lastEmbargoLifted = lastEmbargoLifted;
        this.scopes = scopes;
    }

    public long counter() {
        return counter;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant lastEmbargoLifted() {
        return lastEmbargoLifted;
    }

    /** When public content last changed, anywhere. */
    public Instant lastModified() {
        return lastEmbargoLifted != null && lastEmbargoLifted.isAfter(changedAt) ? lastEmbargoLifted : changedAt;
    }

    /** The latest change this node knows of, in any scope (scopes may have been changed "later" by a clock set back). */
    public Instant latestKnownChange() {
        Instant latest = later(lastModified(), scopes.baseline());
        for (Scope s : scopes.versions().values()) {
            if (s.changedAt().isAfter(latest)) {
                latest = s.changedAt();
            }
        }
        return latest;
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** A compact token of the site-wide version, for caches of what depends on everything. */
    public String token() {
        return counter + "." + (lastEmbargoLifted == null ? 0 : lastEmbargoLifted.toEpochMilli());
    }

    /** The version of one scope ({@link CacheTags}); {@link CacheTags#INDEX} is the site-wide counter. */
    public long version(String scope) {
        if (CacheTags.INDEX.equals(scope)) {
            return counter;
        }
        Scope s = scopes.versions().get(scope);
        return s == null ? 0 : s.version();
    }

    /** When this scope last changed, or later (never earlier): for Last-Modified. */
    Instant lastModified(String scope, Instant upTo) {
        if (CacheTags.INDEX.equals(scope)) {
            return lastModified();
        }
        Scope s = scopes.versions().get(scope);
        Instant changed = s == null ? scopes.baseline() : s.changedAt();
        NavigableSet<Instant> lifts = scopes.embargoes().get(scope);
        Instant lifted = lifts == null ? null : lifts.floor(upTo);
        return lifted != null && lifted.isAfter(changed) ? lifted : changed;
    }

    /** Whether an embargo in this scope lifted after {@code after} and by {@code upTo} (or might have: past the horizon). */
    boolean liftedBetween(String scope, Instant after, Instant upTo) {
        if (scopes.horizon() != null && upTo.isAfter(scopes.horizon())) {
            return true;
        }
        if (CacheTags.INDEX.equals(scope) && lastEmbargoLifted != null
                && lastEmbargoLifted.isAfter(after) && !lastEmbargoLifted.isAfter(upTo)) {
            return true;
        }
        NavigableSet<Instant> lifts = scopes.embargoes().get(scope);
        if (lifts == null) {
            return false;
        }
        Instant next = lifts.higher(after);
        return next != null && !next.isAfter(upTo);
    }

    @Override
    public String toString() {
        return "PublicationVersion[" + token() + ", " + scopes.versions().size() + " scopes]";
    }

    /**
     * Equal when nothing public changed and no embargo lifted between them: scopes are stamped with the
     * counter, so the counter, its instant and the last lift say it all (caches keyed by the whole
     * version, such as the media memory, rely on it).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PublicationVersion v && counter == v.counter && java.util.Objects.equals(changedAt, v.changedAt)
                && java.util.Objects.equals(lastEmbargoLifted, v.lastEmbargoLifted);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(counter, changedAt, lastEmbargoLifted);
    }
}
