--liquibase formatted sql

--changeset newsdesk:0050-wire-item-version
--comment: the text of every version of an incoming item, so whoever used one sees what changed since. Existing items keep their latest version only.
CREATE TABLE wire_item_version (
    item_id     BIGINT        NOT NULL,
    version     INT           NOT NULL,
    headline    VARCHAR(500)  NOT NULL,
    lead        MEDIUMTEXT    NULL,
    body        MEDIUMTEXT    NULL,
    byline      VARCHAR(300)  NULL,
    dateline    VARCHAR(300)  NULL,
    canceled    BOOLEAN       NOT NULL DEFAULT FALSE,
    received_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (item_id, version),
    CONSTRAINT fk_wire_item_version_item FOREIGN KEY (item_id) REFERENCES wire_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
INSERT INTO wire_item_version (item_id, version, headline, lead, body, byline, dateline, canceled, received_at)
SELECT id, version, headline, lead, body, byline, dateline, canceled, updated_at FROM wire_item;
--rollback DROP TABLE wire_item_version;

--changeset newsdesk:0050-wire-item-use
--comment: every use of an incoming item (who, which version, which draft); seen_version is the latest version that person has looked at since, so a newer one is theirs to be told about
CREATE TABLE wire_item_use (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    item_id      BIGINT      NOT NULL,
    version      INT         NOT NULL,
    dispatch_id  BIGINT      NOT NULL,
    used_by      BIGINT      NOT NULL,
    used_at      DATETIME(6) NOT NULL,
    seen_version INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_wire_item_use_item FOREIGN KEY (item_id) REFERENCES wire_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_wire_item_use_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id),
    CONSTRAINT fk_wire_item_use_by FOREIGN KEY (used_by) REFERENCES staff_account (id),
    INDEX ix_wire_item_use_by (used_by, item_id),
    INDEX ix_wire_item_use_item (item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
INSERT INTO wire_item_use (item_id, version, dispatch_id, used_by, used_at, seen_version)
SELECT id, used_version, used_dispatch_id, used_by, updated_at, used_version FROM wire_item
WHERE used_dispatch_id IS NOT NULL AND used_by IS NOT NULL AND used_version IS NOT NULL;
--rollback DROP TABLE wire_item_use;
