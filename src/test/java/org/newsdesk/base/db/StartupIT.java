package org.newsdesk.base.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.Application;
import org.newsdesk.base.StartupRefusedException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How the application starts outside the dev profile: the first administrator comes from the
 * environment or it refuses to start; an unreachable database is one clear line. Each run gets
 * its own fresh schema on the embedded server.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupIT {

    /** Command-line arguments (they outrank any NEWSDESK_* variable of the machine); later ones override. */
    static String[] args(String database, String... overrides) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : List.of("--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.url=",
                "--newsdesk.embedded-db.data-dir=target/mariadb-test", "--newsdesk.embedded-db.database=" + database,
                "--newsdesk.embedded-db.fresh=true", "--newsdesk.admin.username=", "--newsdesk.admin.password=")) {
            args.put(arg.substring(0, arg.indexOf('=')), arg);
        }
        for (String arg : overrides) {
            args.put(arg.substring(0, arg.indexOf('=')), arg);
        }
        return args.values().toArray(String[]::new);
    }

    static Throwable rootOf(Throwable t) {
        return NestedExceptionUtils.getMostSpecificCause(t);
    }

    @Test
    void withoutAnAdministratorItRefusesToStartAndSaysWhy(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(Application.class, args("newsdesk_noadmin")))
                .satisfies(t -> assertThat(rootOf(t)).isInstanceOf(StartupRefusedException.class));
        assertThat(output).contains("APPLICATION FAILED TO START", "No administrator account exists",
                "NEWSDESK_ADMIN_USERNAME", "NEWSDESK_ADMIN_PASSWORD");
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentOnce() {
        String db = "newsdesk_firstadmin";
        try (ConfigurableApplicationContext app = SpringApplication.run(Application.class,
                args(db, "--newsdesk.admin.username=chief", "--newsdesk.admin.password=a-long-enough-secret"))) {
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT r.role FROM staff_account a JOIN staff_role r ON r.account_id = a.id WHERE a.username = 'chief'")
                    .query(String.class).list()).containsExactly("ADMIN");
            assertThat(jdbc.sql("SELECT password_hash FROM staff_account WHERE username = 'chief'").query(String.class).single())
                    .startsWith("{argon2}").doesNotContain("a-long-enough-secret");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE username IN ('writer', 'editor', 'admin')")
                    .query(Long.class).single()).as("no demo accounts outside dev").isZero();
        }
        // Second start of the same database: the administrator exists, no variables needed.
        try (ConfigurableApplicationContext app = SpringApplication.run(Application.class,
                args(db, "--newsdesk.embedded-db.fresh=false"))) {
            assertThat(app.isRunning()).isTrue();
        }
    }

    @Test
    void aTooShortAdminPasswordIsRefused(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(Application.class,
                args("newsdesk_shortpw", "--newsdesk.admin.username=chief", "--newsdesk.admin.password=short")))
                .satisfies(t -> assertThat(rootOf(t)).isInstanceOf(StartupRefusedException.class));
        assertThat(output).contains("NEWSDESK_ADMIN_PASSWORD is too short: Use at least 12 characters.");
    }

    @Test
    void aWeakAdminPasswordIsRefusedInWordsNotMessageKeys(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(Application.class,
                args("newsdesk_weakpw", "--newsdesk.admin.username=chief", "--newsdesk.admin.password=chief-of-the-desk-2024")))
                .satisfies(t -> assertThat(rootOf(t)).isInstanceOf(StartupRefusedException.class));
        assertThat(output).contains("NEWSDESK_ADMIN_PASSWORD is not acceptable: The password must not contain your username.",
                        "Choose a password of 12 to 128 characters")
                .doesNotContain("password.contains-username");
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineWithoutStackTraces(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(Application.class,
                "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:9/newsdesk",
                "--spring.datasource.username=reporter", "--spring.datasource.password=top-secret-pw"))
                .satisfies(t -> assertThat(rootOf(t)).isInstanceOf(DatabaseUnavailableException.class));
        assertThat(output).contains("Cannot connect to MariaDB at 127.0.0.1:9 (database 'newsdesk') as user 'reporter'")
                .doesNotContain("top-secret-pw")
                .doesNotContain("\tat org.");
    }

    @Test
    void refusedCredentialsAreOneClearLine(CapturedOutput output) {
        assumeTrue(localMariaDbAnswers(), "no MariaDB on 127.0.0.1:3306 to refuse the credentials");
        assertThatThrownBy(() -> SpringApplication.run(Application.class,
                "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/newsdesk",
                "--spring.datasource.username=newsdesk_nobody", "--spring.datasource.password=certainly-wrong"))
                .satisfies(t -> assertThat(rootOf(t)).isInstanceOf(DatabaseUnavailableException.class));
        assertThat(output).contains("Cannot connect to MariaDB at 127.0.0.1:3306 (database 'newsdesk') as user 'newsdesk_nobody'",
                "Access denied").doesNotContain("certainly-wrong");
    }

    static boolean localMariaDbAnswers() {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
