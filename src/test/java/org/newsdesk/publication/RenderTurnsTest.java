package org.newsdesk.publication;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderTurnsTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void rendersRunAFewAtATimeAndTheOthersInTheOrderTheyCame() throws Exception {
        int size = 2;
        runInTurns(size, 8);
    }

    @Test
    void oneAtATimeTheyRunExactlyInArrivalOrder() throws Exception {
        runInTurns(1, 6);
    }

    /** {@code count} renders arrive one after the other while the first {@code size} hold their turns. */
    void runInTurns(int size, int count) throws Exception {
        var turns = new RenderTurns(size, Duration.ofSeconds(10), meters);
        var release = new CountDownLatch(1);
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        List<Integer> began = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            List<Future<Integer>> all = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                all.add(threads.submit(() -> turns.take(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    began.add(n);
                    try {
                        // The first ones hold their turns until every other render is waiting.
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    running.decrementAndGet();
                    return n;
                })));
                // Each arrives after the one before it is running or waiting.
                int arrived = i + 1;
                awaitTrue(() -> running.get() + (int) meters.get("newsdesk.public.render.waiting").gauge().value() == arrived);
            }
            assertThat(running.get()).isEqualTo(size);
            assertThat(meters.get("newsdesk.public.render.waiting").gauge().value()).isEqualTo(count - size);
            release.countDown();
            for (int i = 0; i < all.size(); i++) {
                assertThat(all.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
            assertThat(most.get()).as("never more than %d at once", size).isEqualTo(size);
            if (size == 1) {
                // With more turns, the ones let in together may begin in either order.
                assertThat(began).as("in arrival order").isEqualTo(java.util.stream.IntStream.range(0, count).boxed().toList());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRenderThatWaitsTooLongIsRefusedAndCounted() throws Exception {
        var turns = new RenderTurns(1, Duration.ofMillis(100), meters);
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        var holder = Executors.newSingleThreadExecutor();
        try {
            var held = holder.submit(() -> turns.take(() -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return "held";
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> turns.take(() -> "late")).isInstanceOf(RenderTurns.Busy.class);
            assertThat(meters.get("newsdesk.public.render.refused").counter().count()).isEqualTo(1);
            release.countDown();
            assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo("held");
            assertThat(turns.take(() -> "next")).isEqualTo("next");
        } finally {
            holder.shutdownNow();
        }
    }

    @Test
    void aRenderWithinARenderDoesNotWaitForItsOwnTurn() {
        var turns = new RenderTurns(1, Duration.ofMillis(100), meters);
        assertThat(turns.take(() -> turns.take(() -> "inner"))).isEqualTo("inner");
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("in time").isLessThan(until);
            Thread.sleep(5);
        }
    }
}
