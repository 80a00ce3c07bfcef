package org.newsdesk.syndication;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Generated outputs kept in memory, keyed by the database's watermark
 * ({@code SyndicatedDispatches.lastChange()}): every publication, correction, kill or embargo change
 * moves the watermark, and so does the end of an embargo — the moment it ends, the watermark jumps
 * to it, past every value seen before. A cached output is used only while the watermark is the one
 * it was made under, so no node ever serves an output older than the database.
 * <p>
 * Only "settled" outputs are kept: made under a watermark at least a second in the past. A
 * watermark in the future (a clock set back, another node's clock ahead) could stay the same across
 * an embargo's end; such outputs are made afresh each time. Outputs that depend on the time itself
 * (the news sitemap's two-day window) are not cached.
 */
@Component
class OutputCache {

    static final int MAX_ENTRIES = 2_000;
    static final Duration SETTLED = Duration.ofSeconds(1);

    record Output(byte[] body, String etag) {
    }

    private record Entry(Instant watermark, Output output) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The output for {@code key} made under {@code watermark}: cached if settled, else made now. */
    Output get(String key, Instant watermark, Instant now, Supplier<byte[]> make) {
        boolean settled = watermark != null && !watermark.isAfter(now.minus(SETTLED));
        if (settled) {
            Entry entry = entries.get(key);
            if (entry != null && entry.watermark().equals(watermark)) {
                return entry.output();
            }
        }
        byte[] body = make.get();
        Output output = new Output(body, HttpCaching.etag(body));
        if (settled) {
            if (entries.size() >= MAX_ENTRIES) {
                // Old watermarks are worthless anyway; start over rather than track recency.
                entries.clear();
            }
            entries.put(key, new Entry(watermark, output));
        }
        return output;
    }

    int size() {
        return entries.size();
    }
}
