package org.newsdesk.publication;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PerVersionTest {

    final AtomicInteger loads = new AtomicInteger();

    String load(String key) {
        return key + " #" + loads.incrementAndGet();
    }

    @Test
    void aValueIsReadOncePerVersionAndAgainWhenTheVersionChanges() {
        var memo = new PerVersion<String, String>(10);
        var v1 = new PublicationVersion(1, Instant.parse("2026-12-03T06:00:00Z"), null);
        var v2 = new PublicationVersion(2, Instant.parse("2026-12-03T06:00:01Z"), null);

        assertThat(memo.get(v1, "fr politics", this::load)).isEqualTo("fr politics #1");
        assertThat(memo.get(new PublicationVersion(1, Instant.parse("2026-12-03T06:00:00Z"), null), "fr politics", this::load))
                .as("an equal version").isEqualTo("fr politics #1");
        assertThat(memo.get(v2, "fr politics", this::load)).as("after a change").isEqualTo("fr politics #2");
        assertThat(memo.get(v1, "fr politics", this::load)).as("an older version never sees a newer generation's values")
                .isEqualTo("fr politics #3");
        assertThat(memo.get(v2, "fr politics", this::load)).as("nor does it replace them").isEqualTo("fr politics #2");
    }

    @Test
    void pastItsCapacityValuesAreComputedButNotKept() {
        var memo = new PerVersion<String, String>(1);
        var v = new PublicationVersion(1, Instant.parse("2026-12-03T06:00:00Z"), null);
        memo.get(v, "a", this::load);
        memo.get(v, "b", this::load);
        memo.get(v, "b", this::load);
        memo.get(v, "a", this::load);
        assertThat(loads).hasValue(3);
    }
}
