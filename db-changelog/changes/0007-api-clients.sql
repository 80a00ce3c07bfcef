--liquibase formatted sql

--changeset newsdesk:0007-api-client
--comment: partners of the ninjs API; the bearer token itself is never stored, only its SHA-256
CREATE TABLE api_client (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_hint   VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   BIGINT       NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_client_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_client_created_by FOREIGN KEY (created_by) REFERENCES staff_account (id),
    CONSTRAINT fk_api_client_revoked_by FOREIGN KEY (revoked_by) REFERENCES staff_account (id),
    INDEX ix_api_client_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE api_client;

--changeset newsdesk:0007-syndication-indexes
--comment: feeds and sitemaps read published dispatches by first publication; Last-Modified reads the latest ended embargo
ALTER TABLE dispatch
    ADD INDEX ix_dispatch_state_language_first_published (state, language, first_published_at, id),
    ADD INDEX ix_dispatch_state_first_published (state, first_published_at, id),
    ADD INDEX ix_dispatch_embargo (embargo_until);
--rollback ALTER TABLE dispatch DROP INDEX ix_dispatch_state_language_first_published, DROP INDEX ix_dispatch_state_first_published, DROP INDEX ix_dispatch_embargo;
