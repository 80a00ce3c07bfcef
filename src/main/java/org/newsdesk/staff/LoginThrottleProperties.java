package org.newsdesk.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param maxFailures failed logins allowed per username, and per address, within the window
 * @param window      how far back failures count; a block lifts when enough of them age out
 * @param retention   how long attempts stay in {@code login_attempt} before they are pruned (at least the window)
 */
@ConfigurationProperties("newsdesk.login")
public record LoginThrottleProperties(Integer maxFailures, Duration window, Duration retention) {

    public LoginThrottleProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        window = window == null ? Duration.ofMinutes(15) : window;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }
}
