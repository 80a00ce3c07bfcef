package org.newsdesk.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Counts the database connections the current thread borrows, for tests of the readers' hot path
 * (MockMvc runs a request on the test's thread; background jobs on other threads do not count).
 */
@Component
public class ConnectionCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> BORROWED = ThreadLocal.withInitial(() -> new int[1]);

    /** Runs the action and returns how many connections this thread borrowed meanwhile. */
    public static int borrowedDuring(ThrowingRunnable action) throws Exception {
        int before = BORROWED.get()[0];
        action.run();
        return BORROWED.get()[0] - before;
    }

    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            BORROWED.get()[0]++;
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            BORROWED.get()[0]++;
            return super.getConnection(username, password);
        }
    }
}
