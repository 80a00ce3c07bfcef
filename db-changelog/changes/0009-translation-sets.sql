--liquibase formatted sql

--changeset newsdesk:0009-dispatch-translation
--comment: the same story in several languages: members of one translation set (set id = the first dispatch's id)
CREATE TABLE dispatch_translation (
    dispatch_id     BIGINT      NOT NULL,
    translation_set BIGINT      NOT NULL,
    source_id       BIGINT      NULL,
    source_revision INT         NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (dispatch_id),
    CONSTRAINT fk_dispatch_translation_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id),
    CONSTRAINT fk_dispatch_translation_set FOREIGN KEY (translation_set) REFERENCES dispatch (id),
    CONSTRAINT fk_dispatch_translation_source FOREIGN KEY (source_id) REFERENCES dispatch (id),
    INDEX ix_dispatch_translation_set (translation_set)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE dispatch_translation;
