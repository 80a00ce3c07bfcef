package org.newsdesk.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * Counts the database connections the current thread borrows, for tests of the readers' hot path
 * (MockMvc runs a request on the test's thread; background jobs on other threads do not count), and the
 * statements it prepares on them (what a screen's refresh costs the database).
 */
@Component
public class ConnectionCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> BORROWED = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<int[]> STATEMENTS = ThreadLocal.withInitial(() -> new int[1]);

    /** Runs the action and returns how many connections this thread borrowed meanwhile. */
    public static int borrowedDuring(ThrowingRunnable action) throws Exception {
        int before = BORROWED.get()[0];
        action.run();
        return BORROWED.get()[0] - before;
    }

    /** Runs the action and returns how many statements this thread prepared or created meanwhile. */
    public static int statementsDuring(ThrowingRunnable action) throws Exception {
        int before = STATEMENTS.get()[0];
        action.run();
        return STATEMENTS.get()[0] - before;
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

    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement", "prepareCall");

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
