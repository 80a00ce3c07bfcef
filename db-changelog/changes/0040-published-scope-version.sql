--liquibase formatted sql

--changeset newsdesk:0040-published-scope-version
--comment: finer publication versions: one row per thing a public response can depend on (an edition, a section of an edition, an article, a translation set), named as its cache tag (binary collation: tags are case-sensitive); version is the site_version counter of the transaction that last changed it, so a node polls "what changed since the counter I hold" in one indexed read
CREATE TABLE published_scope_version (
    scope      VARCHAR(80) NOT NULL,
    version    BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (scope),
    INDEX ix_published_scope_version (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
--rollback DROP TABLE published_scope_version;
