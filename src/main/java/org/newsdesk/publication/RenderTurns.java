package org.newsdesk.publication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Renders asked for by readers take turns: a few at once (twice the cores by default), the others wait in
 * the order they came. Renders are CPU work with a database read in the middle; run all at once (64 searches on
 * 2 cores), each is slowed by all the others and some wait far longer than the rest — in order, each waits
 * about as long as any other (search at 1,000,000 dispatches: p95 207 → 83 ms at the same throughput,
 * docs/benchmarks.md). It also keeps renders from queueing on the connection pool, whose wait ends in a 503.
 * Kept responses and 304s never take a turn; background renders have their own threads.
 */
@Component
class RenderTurns {

    /** Waited longer than the node allows: the node is overloaded, the reader is told to come back. */
    static final class Busy extends RuntimeException {
        Busy(Duration waited) {
            super("No render turn within " + waited.toMillis() + " ms");
        }
    }

    private final Semaphore turns;
    private final Duration wait;
    /** A render that asks for another render (none does today) must not wait for its own turn. */
    private final ThreadLocal<Boolean> holding = new ThreadLocal<>();
    private final Counter refused;

    @Autowired
    RenderTurns(@Value("${newsdesk.site.render-turns:0}") int turns, @Value("${newsdesk.site.render-wait:2s}") Duration wait,
                ObjectProvider<MeterRegistry> meters) {
        this(turns > 0 ? turns : 2 * Runtime.getRuntime().availableProcessors(), wait, meters.getIfAvailable());
    }

    RenderTurns(int turns, Duration wait, MeterRegistry registry) {
        this.turns = new Semaphore(turns, true);
        this.wait = wait;
        if (registry != null) {
            Gauge.builder("newsdesk.public.render.waiting", this.turns, Semaphore::getQueueLength)
                    .description("Readers' renders waiting for a turn").register(registry);
            this.refused = Counter.builder("newsdesk.public.render.refused")
                    .description("Readers' renders refused (503) after waiting for a turn too long").register(registry);
        } else {
            this.refused = null;
        }
    }

    /** Runs {@code render} in a turn, waiting for one in arrival order. */
    <T> T take(Supplier<T> render) {
        if (holding.get() != null) {
            return render.get();
        }
        boolean taken;
        try {
            taken = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(Duration.ZERO);
        }
        if (!taken) {
            if (refused != null) {
                refused.increment();
            }
            throw new Busy(wait);
        }
        holding.set(Boolean.TRUE);
        try {
            return render.get();
        } finally {
            holding.remove();
            turns.release();
        }
    }
}
