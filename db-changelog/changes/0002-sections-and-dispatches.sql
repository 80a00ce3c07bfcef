--liquibase formatted sql

--changeset newsdesk:0002-section
CREATE TABLE section (
    code     VARCHAR(40) NOT NULL,
    position INT         NOT NULL DEFAULT 0,
    active   BOOLEAN     NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE section;

--changeset newsdesk:0002-section-label
--comment: a section's name per language; a language without a label falls back to English
CREATE TABLE section_label (
    section_code VARCHAR(40)  NOT NULL,
    language     VARCHAR(16)  NOT NULL,
    label        VARCHAR(100) NOT NULL,
    PRIMARY KEY (section_code, language),
    CONSTRAINT fk_section_label_section FOREIGN KEY (section_code) REFERENCES section (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE section_label;

--changeset newsdesk:0002-section-data
INSERT INTO section (code, position) VALUES
    ('politics', 10), ('economy', 20), ('society', 30), ('culture', 40), ('sports', 50), ('world', 60);
INSERT INTO section_label (section_code, language, label) VALUES
    ('politics', 'en', 'Politics'), ('economy', 'en', 'Economy'), ('society', 'en', 'Society'),
    ('culture', 'en', 'Culture'), ('sports', 'en', 'Sports'), ('world', 'en', 'World'),
    ('politics', 'fr', 'Politique'), ('economy', 'fr', 'Économie'), ('society', 'fr', 'Société'),
    ('culture', 'fr', 'Culture'), ('sports', 'fr', 'Sports'), ('world', 'fr', 'Monde'),
    ('politics', 'az', 'Siyasət'), ('economy', 'az', 'İqtisadiyyat'), ('society', 'az', 'Cəmiyyət'),
    ('culture', 'az', 'Mədəniyyət'), ('sports', 'az', 'İdman'), ('world', 'az', 'Dünya'),
    ('politics', 'ru', 'Политика'), ('economy', 'ru', 'Экономика'), ('society', 'ru', 'Общество'),
    ('culture', 'ru', 'Культура'), ('sports', 'ru', 'Спорт'), ('world', 'ru', 'В мире');
--rollback DELETE FROM section_label; DELETE FROM section;

--changeset newsdesk:0002-dispatch
CREATE TABLE dispatch (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    language       VARCHAR(16)  NOT NULL,
    slug           VARCHAR(200) NOT NULL,
    headline       VARCHAR(200) NOT NULL,
    slugline       VARCHAR(64)  NULL,
    dateline_place VARCHAR(100) NULL,
    dateline_date  DATE         NULL,
    byline         VARCHAR(200) NULL,
    lead           TEXT         NULL,
    body           MEDIUMTEXT   NOT NULL,
    section_code   VARCHAR(40)  NULL,
    keywords       VARCHAR(500) NULL,
    urgency        TINYINT      NOT NULL DEFAULT 5,
    state          VARCHAR(16)  NOT NULL,
    created_by     BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    published_at   DATETIME(6)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_dispatch_language_slug UNIQUE (language, slug),
    CONSTRAINT fk_dispatch_section FOREIGN KEY (section_code) REFERENCES section (code),
    CONSTRAINT fk_dispatch_created_by FOREIGN KEY (created_by) REFERENCES staff_account (id),
    CONSTRAINT ck_dispatch_urgency CHECK (urgency BETWEEN 1 AND 9),
    INDEX ix_dispatch_state_published (state, published_at),
    INDEX ix_dispatch_language_state_published (language, state, published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE dispatch;
