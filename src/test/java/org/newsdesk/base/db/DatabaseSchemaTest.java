package org.newsdesk.base.db;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context starts only if Liquibase applied every changeset to an empty MariaDB schema and
 * Hibernate's validation agreed with the result; this checks what it left behind.
 */
@IntegrationTest
class DatabaseSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnMariaDb() {
        assertThat(jdbc.sql("SELECT VERSION()").query(String.class).single()).containsIgnoringCase("mariadb");
    }

    @Test
    void everyChangesetApplied() {
        List<String> ids = jdbc.sql("SELECT id FROM DATABASECHANGELOG ORDER BY orderexecuted").query(String.class).list();
        assertThat(ids).contains("0001-staff-account", "0001-staff-role", "0002-section", "0002-dispatch");
    }

    @Test
    void everyTableIsInnoDbWithUtf8mb4() {
        List<Map<String, Object>> tables = jdbc.sql("""
                SELECT table_name, engine, table_collation FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_name NOT LIKE 'DATABASECHANGELOG%'""").query().listOfRows();
        assertThat(tables).hasSizeGreaterThanOrEqualTo(5);
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.get("engine")).as("engine of %s", t.get("table_name")).isEqualTo("InnoDB");
            assertThat((String) t.get("table_collation")).as("collation of %s", t.get("table_name")).startsWith("utf8mb4");
        });
    }

    @Test
    void usernamesAreUniqueCaseInsensitively() {
        long before = jdbc.sql("SELECT COUNT(*) FROM staff_account").query(Long.class).single();
        var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql("""
                INSERT INTO staff_account (username, display_name, password_hash, created_at, updated_at)
                VALUES ('EDITOR', 'Shadow', 'x', NOW(6), NOW(6))""").update());
        assertThat(thrown).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theAzertacDispatchRoundTripsByteForByte() throws Exception {
        String fixture = new ClassPathResource("demo/azertac-2023-03-01-fr.txt").getContentAsString(StandardCharsets.UTF_8);
        Path shared = Path.of("../shared/fixtures/azertac-2023-03-01-fr.txt");
        if (Files.exists(shared)) {
            assertThat(fixture).as("the project's copy of the fixture").isEqualTo(Files.readString(shared));
        }
        String expectedBody = fixture.substring(fixture.indexOf('\n') + 1).strip();

        var row = jdbc.sql("SELECT headline, body, dateline_place FROM dispatch WHERE language = 'fr' AND slugline = 'AZ-IOM-VITORINO'")
                .query().singleRow();
        assertThat(row.get("headline")).isEqualTo("Ilham Aliyev a reçu le directeur général de l’OIM");
        assertThat(((String) row.get("body")).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(expectedBody.getBytes(StandardCharsets.UTF_8));
        assertThat((String) row.get("body")).contains("l’OIM", "António Vitorino", "Azerbaïdjan");
        assertThat(row.get("dateline_place")).isEqualTo("Bakou");
    }
}
