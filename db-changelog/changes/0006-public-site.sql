--liquibase formatted sql

--changeset newsdesk:0006-revision-corrected-at
--comment: when a correction was published, for the public correction notes
ALTER TABLE dispatch_revision ADD COLUMN corrected_at DATETIME(6) NULL;
--rollback ALTER TABLE dispatch_revision DROP COLUMN corrected_at;

--changeset newsdesk:0006-published-dispatch
--comment: what readers see, one row per published dispatch (its published revision), kept in step with the workflow in the same transaction; the public site reads only this table
CREATE TABLE published_dispatch (
    dispatch_id        BIGINT       NOT NULL,
    language           VARCHAR(16)  NOT NULL,
    slug               VARCHAR(200) NOT NULL,
    revision_no        INT          NOT NULL,
    first_published_at DATETIME(6)  NOT NULL,
    published_at       DATETIME(6)  NOT NULL,
    embargo_until      DATETIME(6)  NULL,
    urgency            TINYINT      NOT NULL,
    section_code       VARCHAR(40)  NULL,
    headline           VARCHAR(200) NOT NULL,
    slugline           VARCHAR(64)  NULL,
    dateline_place     VARCHAR(100) NULL,
    dateline_date      DATE         NULL,
    byline             VARCHAR(200) NULL,
    lead               TEXT         NULL,
    body               MEDIUMTEXT   NOT NULL,
    keywords           VARCHAR(500) NULL,
    PRIMARY KEY (dispatch_id),
    CONSTRAINT uk_published_language_slug UNIQUE (language, slug),
    CONSTRAINT fk_published_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id),
    INDEX ix_published_language_first (language, first_published_at, dispatch_id),
    INDEX ix_published_section_first (language, section_code, first_published_at, dispatch_id),
    INDEX ix_published_first (first_published_at, dispatch_id),
    INDEX ix_published_embargo (embargo_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE published_dispatch;

--changeset newsdesk:0006-published-dispatch-fulltext
--comment: reader search over headline, lead and body; built without stopwords so that "who" or "le" can still be required words
SET SESSION innodb_ft_enable_stopword = OFF;
ALTER TABLE published_dispatch ADD FULLTEXT INDEX ft_published_text (headline, lead, body);
SET SESSION innodb_ft_enable_stopword = ON;
--rollback ALTER TABLE published_dispatch DROP INDEX ft_published_text;

--changeset newsdesk:0006-published-dispatch-backfill
INSERT INTO published_dispatch (dispatch_id, language, slug, revision_no, first_published_at, published_at, embargo_until,
                                urgency, section_code, headline, slugline, dateline_place, dateline_date, byline, lead, body, keywords)
SELECT d.id, d.language, d.slug, r.revision_no, d.first_published_at, d.published_at, d.embargo_until,
       r.urgency, r.section_code, r.headline, r.slugline, r.dateline_place, r.dateline_date, r.byline, r.lead, r.body, r.keywords
FROM dispatch d
JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
WHERE d.state = 'PUBLISHED';
--rollback DELETE FROM published_dispatch;

--changeset newsdesk:0006-site-version
--comment: one counter bumped in the transaction of every change readers can see; with the last embargo lifted it is the public site's cache validator on every node
CREATE TABLE site_version (
    id         TINYINT     NOT NULL,
    version    BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_site_version_single CHECK (id = 1)
) ENGINE=InnoDB;
INSERT INTO site_version (id, version, changed_at) VALUES (1, 1, UTC_TIMESTAMP(6));
--rollback DROP TABLE site_version;

