package org.newsdesk.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Counts the database connections the current thread borrows, and the round trips it makes on them
 * (statements, plus commits, rollbacks and read-only switches), for tests of the readers' path
 * (MockMvc runs a request on the test's thread; background jobs on other threads do not count).
 */
@Component
public class ConnectionCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> BORROWED = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<int[]> ROUND_TRIPS = ThreadLocal.withInitial(() -> new int[1]);
    /** Connection methods that talk to the server (the driver may skip some when nothing changes). */
    private static final java.util.Set<String> TALKS = java.util.Set.of("prepareStatement", "createStatement",
            "prepareCall", "commit", "rollback", "setReadOnly", "setAutoCommit", "setTransactionIsolation");

    /** Runs the action and returns how many connections this thread borrowed meanwhile. */
    public static int borrowedDuring(ThrowingRunnable action) throws Exception {
        int before = BORROWED.get()[0];
        action.run();
        return BORROWED.get()[0] - before;
    }

    /** Runs the action and returns how many round trips this thread made meanwhile (see {@link #TALKS}). */
    public static int roundTripsDuring(ThrowingRunnable action) throws Exception {
        int before = ROUND_TRIPS.get()[0];
        action.run();
        return ROUND_TRIPS.get()[0] - before;
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
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            BORROWED.get()[0]++;
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection target) {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        if (TALKS.contains(method.getName())) {
                            ROUND_TRIPS.get()[0]++;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
