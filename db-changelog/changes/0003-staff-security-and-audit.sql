--liquibase formatted sql

--changeset newsdesk:0003-staff-credentials-version
--comment: bumped on password change, reset and disable; sessions holding an older value end at their next request
ALTER TABLE staff_account
    ADD COLUMN credentials_version INT NOT NULL DEFAULT 0,
    ADD COLUMN password_changed_at DATETIME(6) NULL;
--rollback ALTER TABLE staff_account DROP COLUMN credentials_version, DROP COLUMN password_changed_at;

--changeset newsdesk:0003-login-attempt
--comment: every login attempt, for throttling and the record; the username is as typed (it may not exist)
CREATE TABLE login_attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(100) NOT NULL,
    remote_address VARCHAR(64)  NOT NULL,
    succeeded      BOOLEAN      NOT NULL,
    attempted_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_login_attempt_username (username, attempted_at),
    INDEX ix_login_attempt_address (remote_address, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE login_attempt;

--changeset newsdesk:0003-audit-entry
--comment: append-only trail; each entry's hash covers its content and the previous entry's hash
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor_id     BIGINT       NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    target_type  VARCHAR(20)  NOT NULL,
    target_id    BIGINT       NULL,
    target_label VARCHAR(200) NULL,
    from_state   VARCHAR(20)  NULL,
    to_state     VARCHAR(20)  NULL,
    note         TEXT         NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_occurred (occurred_at),
    INDEX ix_audit_actor (actor, occurred_at),
    INDEX ix_audit_action (action, occurred_at),
    INDEX ix_audit_target (target_type, target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE audit_entry;

--changeset newsdesk:0003-audit-head
--comment: one row, locked while appending, so that concurrent writers (any number of nodes) form one chain
CREATE TABLE audit_head (
    id        TINYINT  NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
INSERT INTO audit_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
--rollback DROP TABLE audit_head;
