package org.newsdesk.base.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTargetTest {

    @Test
    void parsesHostPortDatabaseFromAJdbcUrl() {
        assertThat(DatabaseTarget.parse("jdbc:mariadb://db.example:3307/newsdesk?useSsl=true", "desk"))
                .isEqualTo(new DatabaseTarget("db.example", 3307, "newsdesk", "desk"));
        assertThat(DatabaseTarget.parse("jdbc:mariadb://localhost/news", null))
                .isEqualTo(new DatabaseTarget("localhost", 3306, "news", "?"));
    }

    @Test
    void neverExposesAPasswordFromTheUrl() {
        var target = DatabaseTarget.parse("jdbc:mariadb://h:1/db?user=u&password=secret", "u");
        assertThat(target.toString()).doesNotContain("secret");
    }
}
