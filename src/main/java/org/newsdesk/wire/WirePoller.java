package org.newsdesk.wire;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Polls due sources, one at a time, with any number of nodes: a source is claimed in the database
 * ({@link WireStore#claimDue}) and fetched outside any transaction. Whatever goes wrong with one source
 * — unreachable, slow, huge, malformed, hostile — becomes an error in words on that source, a back-off
 * (interval × 2^failures, at most {@link #MAX_BACKOFF}) and never stops the others.
 */
@Component
class WirePoller {

    private static final Logger log = LoggerFactory.getLogger(WirePoller.class);
    static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final WireStore store;
    private final WireFetcher fetcher;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration lease;

    WirePoller(WireStore store, WireFetcher fetcher, TransactionTemplate tx, Clock clock, ApplicationEventPublisher events,
               @Value("${newsdesk.wires.read-timeout:PT20S}") Duration readTimeout) {
        this.store = store;
        this.fetcher = fetcher;
        this.tx = tx;
        this.clock = clock;
        this.events = events;
        // Long enough that no other node takes the source while this one is still fetching it.
        this.lease = readTimeout.plusMinutes(1);
    }

    @Scheduled(fixedDelayString = "${newsdesk.wires.tick:PT15S}", initialDelayString = "${newsdesk.wires.tick:PT15S}")
    void tick() {
        pollDue();
    }

    /** Polls every source due now; returns how many this worker polled. */
    int pollDue() {
        int polled = 0;
        while (true) {
            var claimed = tx.execute(status -> store.claimDue(clock.instant(), lease));
            if (claimed == null || claimed.isEmpty()) {
                return polled;
            }
            poll(claimed.get());
            polled++;
        }
    }

    private void poll(WireStore.Claimed source) {
        try {
            WireFetcher.Response response = fetcher.get(source.url(), source.token(), source.etag(), source.lastModified());
            if (response.notModified()) {
                Instant now = clock.instant();
                tx.executeWithoutResult(s -> store.succeeded(source.id(), now, now.plus(source.interval()), null, null, true, 0));
                return;
            }
            if (response.status() == 401 || response.status() == 403) {
                throw new WireFormatException("wire.poll.refused", String.valueOf(response.status()));
            }
            if (response.status() < 200 || response.status() >= 300) {
                throw new WireFormatException("wire.poll.http-status", String.valueOf(response.status()));
            }
            List<ParsedItem> items = response.status() == 204 ? List.of() : WireParser.parse(source.kind(), response.body());
            Instant now = clock.instant();
            WireItemsArrived arrived = tx.execute(s -> {
                Set<Long> changed = new LinkedHashSet<>();
                int n = 0;
                for (ParsedItem item : items) {
                    OptionalLong stored = store.upsert(source.id(), item, now);
                    if (stored.isPresent()) {
                        changed.add(stored.getAsLong());
                        n++; // per version taken: two versions of one item in a response are two
                    }
                }
                store.succeeded(source.id(), now, now.plus(source.interval()), response.etag(), response.lastModified(), false, n);
                return new WireItemsArrived(source.id(), n, store.toTell(changed));
            });
            if (arrived != null && arrived.count() > 0) {
                events.publishEvent(arrived);
            }
        } catch (WireFormatException e) {
            fail(source, e.key(), e.detail());
        } catch (RuntimeException e) {
            // A bug or a database hiccup on one source must not stop the others.
            log.warn("Polling wire source {} failed", source.name(), e);
            fail(source, "wire.poll.unexpected", e.getClass().getSimpleName());
        }
    }

    private void fail(WireStore.Claimed source, String error, String detail) {
        Instant now = clock.instant();
        Duration delay = backoff(source.interval(), source.failures() + 1);
        tx.executeWithoutResult(s -> store.failed(source.id(), now, now.plus(delay), error, detail));
    }

    static Duration backoff(Duration interval, int failures) {
        Duration d = interval;
        for (int i = 1; i < failures && d.compareTo(MAX_BACKOFF) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
