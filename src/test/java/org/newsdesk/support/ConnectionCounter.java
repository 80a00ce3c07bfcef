package org.newsdesk.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Counts, per thread, the database connections borrowed, the statements prepared on them (what a screen's
 * refresh costs the database) and the round trips made (statements plus commits, rollbacks and session
 * switches), for tests of the readers' path and of the newsroom's refreshes. MockMvc runs a request on the
 * test's thread; background jobs on other threads do not count.
 */
@Component
public class ConnectionCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> BORROWED = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<int[]> STATEMENTS = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<int[]> ROUND_TRIPS = ThreadLocal.withInitial(() -> new int[1]);
    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement", "prepareCall");
    /** Other connection methods that talk to the server (the driver may skip some when nothing changes). */
    private static final Set<String> SESSION_CALLS = Set.of("commit", "rollback", "setReadOnly", "setAutoCommit",
            "setTransactionIsolation");

    /** Runs the action and returns how many connections this thread borrowed meanwhile. */
    public static int borrowedDuring(ThrowingRunnable action) throws Exception {
        return during(BORROWED, action);
    }

    /** Runs the action and returns how many statements this thread prepared or created meanwhile. */
    public static int statementsDuring(ThrowingRunnable action) throws Exception {
        return during(STATEMENTS, action);
    }

    /** Runs the action and returns how many round trips this thread made meanwhile: statements and session calls. */
    public static int roundTripsDuring(ThrowingRunnable action) throws Exception {
        return during(ROUND_TRIPS, action);
    }

    private static int during(ThreadLocal<int[]> counter, ThrowingRunnable action) throws Exception {
        int before = counter.get()[0];
        action.run();
        return counter.get()[0] - before;
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
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            BORROWED.get()[0]++;
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (STATEMENT_FACTORIES.contains(method.getName())) {
                            STATEMENTS.get()[0]++;
                            ROUND_TRIPS.get()[0]++;
                        } else if (SESSION_CALLS.contains(method.getName())) {
                            ROUND_TRIPS.get()[0]++;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
