package org.newsdesk.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens one connection before the pool, Liquibase and JPA do, so that an unreachable database or
 * wrong credentials end startup with one clear line (host, port, user, reason) instead of pages of
 * stack traces from every layer above.
 */
@Component
class DatabasePreflight implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabasePreflight.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null) {
            check(ds.getJdbcUrl(), ds.getUsername(), ds.getPassword());
        }
        return bean;
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
