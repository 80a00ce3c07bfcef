package org.newsdesk.syndication;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of generated outputs serves an output only under the watermark it was made with, and only when settled. */
class OutputCacheTest {

    final OutputCache cache = new OutputCache();
    final AtomicInteger made = new AtomicInteger();
    final Instant now = Instant.parse("2026-11-27T12:00:00Z");

    byte[] make() {
        return ("output " + made.incrementAndGet()).getBytes();
    }

    @Test
    void aSettledOutputIsReusedUntilTheWatermarkMoves() {
        Instant watermark = now.minusSeconds(10);
        var first = cache.get("k", watermark, now, this::make);
        var again = cache.get("k", watermark, now.plusSeconds(30), this::make);
        assertThat(again).isSameAs(first);
        assertThat(made).hasValue(1);
        assertThat(first.etag()).isEqualTo(HttpCaching.etag(first.body()));

        var moved = cache.get("k", now.plusSeconds(20), now.plusSeconds(30), this::make);
        assertThat(new String(moved.body())).isEqualTo("output 2");
        assertThat(cache.get("other key", watermark, now, this::make).body()).isEqualTo("output 3".getBytes());
    }

    @Test
    void anUnsettledOrFutureWatermarkIsNeverCached() {
        cache.get("k", now.minusMillis(500), now, this::make);
        cache.get("k", now.minusMillis(500), now, this::make);
        cache.get("k", now.plusSeconds(3600), now, this::make);
        cache.get("k", now.plusSeconds(3600), now, this::make);
        assertThat(made).hasValue(4);
        assertThat(cache.size()).isZero();
    }

    @Test
    void itStaysBounded() {
        for (int i = 0; i < OutputCache.MAX_ENTRIES + 10; i++) {
            cache.get("k" + i, now.minusSeconds(5), now, this::make);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(OutputCache.MAX_ENTRIES);
    }
}
