package org.newsdesk.dispatch;

import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.workflow.DispatchState;
import org.newsdesk.workflow.WorkflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Publishes scheduled dispatches when their instant comes — exactly once, with any number of nodes:
 * each run claims due rows with {@code SELECT … FOR UPDATE SKIP LOCKED}, so two workers never take
 * the same row, and a published row is no longer due. Runs at startup too, so what fell due while
 * the application was down is published on recovery.
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final DispatchRepository dispatches;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ScheduledPublishing(JdbcClient jdbc, DispatchRepository dispatches, AuditTrail audit, TransactionTemplate tx, Clock clock,
                        org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.dispatches = dispatches;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        int n = publishDue();
        if (n > 0) {
            log.info("Published {} scheduled dispatches that fell due while Newsdesk was down", n);
        }
    }

    @Scheduled(fixedDelayString = "${newsdesk.scheduler.interval:PT15S}", initialDelayString = "${newsdesk.scheduler.interval:PT15S}")
    void tick() {
        publishDue();
    }

    /** Publishes every dispatch due now; returns how many this worker published. */
    int publishDue() {
        int total = 0;
        while (true) {
            Integer n = tx.execute(status -> publishBatch());
            total += n == null ? 0 : n;
            if (n == null || n < BATCH) {
                return total;
            }
        }
    }

    private int publishBatch() {
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("""
                        SELECT id FROM dispatch WHERE state = 'SCHEDULED' AND scheduled_at <= :now
                        ORDER BY scheduled_at, id LIMIT :batch FOR UPDATE SKIP LOCKED""")
                .param("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).param("batch", BATCH)
                .query(Long.class).list();
        for (Long id : due) {
            Dispatch d = dispatches.findById(id).orElseThrow();
            d.publishLatest(now);
            d.advance(WorkflowAction.PUBLISH, now);
            dispatches.saveAndFlush(d);
            audit.record(new AuditEvent(null, "system", "DISPATCH_PUBLISH", "DISPATCH", id, d.getHeadline(),
                    DispatchState.SCHEDULED.name(), DispatchState.PUBLISHED.name(), "scheduled publication"));
            events.publishEvent(new DispatchChanged(id));
        }
        return due.size();
    }
}
