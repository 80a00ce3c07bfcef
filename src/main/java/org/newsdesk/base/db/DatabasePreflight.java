package org.newsdesk.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens one connection to a configured (external) database before anything else starts — the web
 * server, Vaadin, the pool, Liquibase, JPA — so that an unreachable database or wrong credentials
 * end startup with one clear line (host, port, user, reason) instead of pages of stack traces from
 * every layer above. The embedded database reports its own start.
 */
class DatabasePreflight implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DatabasePreflight.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            check(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
        } else {
            // Fail before the web server starts, not when the pool is first needed.
            EmbeddedDatabaseConfiguration.requireEmbeddedDatabase(beanFactory.getBeanClassLoader());
        }
    }

    static void check(String url, String user, String password) {
        DatabaseTarget target = DatabaseTarget.parse(url, user);
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5000");
        try (Connection c = DriverManager.getConnection(url, props)) {
            var meta = c.getMetaData();
            log.info("Database: {} {} at {}:{}, schema '{}', user '{}'", meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), target.host(), target.port(), target.database(), target.user());
        } catch (SQLException e) {
            String reason = rootMessage(e);
            log.error(DatabaseUnavailableException.describe(target, reason));
            throw new DatabaseUnavailableException(target, reason);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String outer = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // The driver's outer message often repeats the URL; the root cause says what happened.
        String root = t == e || t.getMessage() == null ? "" : " (" + t.getMessage() + ")";
        return (outer + root).replaceAll("\\s+", " ").trim();
    }
}
