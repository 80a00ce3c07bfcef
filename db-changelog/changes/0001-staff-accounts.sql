--liquibase formatted sql

--changeset newsdesk:0001-database-charset
--comment: every table and column stores full Unicode (Azerbaijani, Cyrillic, typographic quotes)
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

--changeset newsdesk:0001-staff-account
CREATE TABLE staff_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    -- utf8mb4_unicode_520_ci makes the unique key case-insensitive: "Editor" and "editor" clash
    username             VARCHAR(40)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    email                VARCHAR(254) NULL,
    password_hash        VARCHAR(255) NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    preferred_language   VARCHAR(16)  NOT NULL DEFAULT 'en',
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE staff_account;

--changeset newsdesk:0001-staff-role
CREATE TABLE staff_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_staff_role_account FOREIGN KEY (account_id) REFERENCES staff_account (id),
    CONSTRAINT ck_staff_role_role CHECK (role IN ('WRITER', 'EDITOR', 'ADMIN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE staff_role;
