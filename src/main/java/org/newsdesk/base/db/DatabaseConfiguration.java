package org.newsdesk.base.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Static: a BeanFactoryPostProcessor runs before the configuration's other beans exist. */
    @Bean
    static DatabasePreflight databasePreflight() {
        return new DatabasePreflight();
    }
}
