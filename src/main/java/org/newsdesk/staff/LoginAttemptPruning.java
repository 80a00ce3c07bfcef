package org.newsdesk.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code login_attempt} from growing without bound: attempts older than
 * {@code newsdesk.login.retention} (never less than the throttle's window) are deleted, in batches
 * claimed in the database, so any number of nodes may run it. The audit trail keeps the lasting record.
 */
@Component
class LoginAttemptPruning {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptPruning.class);
    static final int BATCH = 1000;

    private final LoginThrottle throttle;

    LoginAttemptPruning(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(fixedDelayString = "${newsdesk.login.prune-interval:PT1H}", initialDelayString = "${newsdesk.login.prune-interval:PT1H}")
    void tick() {
        int n = prune();
        if (n > 0) {
            log.info("Pruned {} old login attempts", n);
        }
    }

    /** Deletes every attempt past the retention; returns how many this worker deleted. */
    int prune() {
        int total = 0;
        int n;
        do {
            n = throttle.pruneBatch(BATCH);
            total += n;
        } while (n == BATCH);
        return total;
    }
}
