package org.newsdesk.base.db;

import org.newsdesk.base.StartupRefusedException;

/** No database URL is configured and this build carries no embedded MariaDB (the production jar). */
public class DatabaseNotConfiguredException extends StartupRefusedException {

    public DatabaseNotConfiguredException() {
        super("No database is configured, and this build (the production jar or Docker image) carries no embedded MariaDB.",
                "Set NEWSDESK_DB_URL (e.g. jdbc:mariadb://db-host:3306/newsdesk), NEWSDESK_DB_USER and "
                        + "NEWSDESK_DB_PASSWORD (or SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD).");
    }
}
