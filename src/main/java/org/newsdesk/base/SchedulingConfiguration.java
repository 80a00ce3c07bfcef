package org.newsdesk.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background jobs; they claim their work in the database, so any number of nodes may run them. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "newsdesk.scheduler.enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
