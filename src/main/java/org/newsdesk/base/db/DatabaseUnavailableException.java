package org.newsdesk.base.db;

import org.newsdesk.base.StartupRefusedException;

/** The configured database did not accept a connection at startup. */
public class DatabaseUnavailableException extends StartupRefusedException {

    public DatabaseUnavailableException(DatabaseTarget target, String reason) {
        super(describe(target, reason),
                "Check that MariaDB runs at %s:%d and that NEWSDESK_DB_URL, NEWSDESK_DB_USER and NEWSDESK_DB_PASSWORD are right."
                        .formatted(target.host(), target.port()));
    }

    static String describe(DatabaseTarget target, String reason) {
        return "Cannot connect to MariaDB at %s:%d (database '%s') as user '%s': %s"
                .formatted(target.host(), target.port(), target.database(), target.user(), reason);
    }
}
