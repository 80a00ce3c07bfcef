--liquibase formatted sql

--changeset newsdesk:0014-wire-source
--comment: partner wires polled by the newsroom; the bearer token is sent to the partner, so it is stored as given (never shown back, only its hint)
CREATE TABLE wire_source (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(100)  NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    poll_seconds    INT           NOT NULL,
    bearer_token    VARCHAR(500)  NULL,
    token_hint      VARCHAR(16)   NULL,
    next_poll_at    DATETIME(6)   NOT NULL,
    etag            VARCHAR(500)  NULL,
    last_modified   VARCHAR(100)  NULL,
    last_success_at DATETIME(6)   NULL,
    last_error      VARCHAR(100)  NULL,
    last_error_detail VARCHAR(500) NULL,
    last_error_at   DATETIME(6)   NULL,
    failures        INT           NOT NULL DEFAULT 0,
    items_taken     INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_wire_source_name UNIQUE (name),
    INDEX ix_wire_source_next_poll (next_poll_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE wire_source;

--changeset newsdesk:0014-wire-item
--comment: incoming items, one row per (source, guid); a changed item bumps version. Never read by the public site.
CREATE TABLE wire_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    source_id        BIGINT        NOT NULL,
    guid             VARCHAR(500)  NOT NULL,
    version          INT           NOT NULL,
    remote_version   VARCHAR(50)   NULL,
    content_hash     CHAR(64)      NOT NULL,
    language         VARCHAR(35)   NULL,
    urgency          INT           NULL,
    headline         VARCHAR(500)  NOT NULL,
    lead             MEDIUMTEXT    NULL,
    body             MEDIUMTEXT    NULL,
    byline           VARCHAR(300)  NULL,
    credit           VARCHAR(300)  NULL,
    located          VARCHAR(200)  NULL,
    dateline         VARCHAR(300)  NULL,
    link             VARCHAR(2000) NULL,
    canceled         BOOLEAN       NOT NULL DEFAULT FALSE,
    item_created_at  DATETIME(6)   NULL,
    received_at      DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    used_dispatch_id BIGINT        NULL,
    used_version     INT           NULL,
    used_by          BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_wire_item_guid UNIQUE (source_id, guid),
    CONSTRAINT fk_wire_item_source FOREIGN KEY (source_id) REFERENCES wire_source (id) ON DELETE CASCADE,
    CONSTRAINT fk_wire_item_dispatch FOREIGN KEY (used_dispatch_id) REFERENCES dispatch (id),
    CONSTRAINT fk_wire_item_used_by FOREIGN KEY (used_by) REFERENCES staff_account (id),
    INDEX ix_wire_item_updated (updated_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE wire_item;
