package org.newsdesk.staff;

import org.newsdesk.security.SessionValidator;
import org.newsdesk.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A session stays valid while its account is enabled and its credentials have not changed since login. */
@Component
class StaffSessionValidator implements SessionValidator {

    private final JdbcClient jdbc;

    StaffSessionValidator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isStillValid(StaffPrincipal principal) {
        // One primary-key lookup per newsroom request.
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE id = :id AND enabled = TRUE AND credentials_version = :v")
                .param("id", principal.accountId()).param("v", principal.credentialsVersion())
                .query(Long.class).single() == 1;
    }
}
