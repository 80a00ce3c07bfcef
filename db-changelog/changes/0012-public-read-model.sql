--liquibase formatted sql

--changeset newsdesk:0012-published-dispatch-more
--comment: the public read model carries everything the site and every output need, so that they never read the editorial tables: the translation set (for "also in" links and hreflang) and the published revision's correction note (ninjs, feeds)
ALTER TABLE published_dispatch
    ADD COLUMN translation_set BIGINT NULL,
    ADD COLUMN correction_note TEXT   NULL,
    ADD INDEX ix_published_translation_set (translation_set);
--rollback ALTER TABLE published_dispatch DROP INDEX ix_published_translation_set, DROP COLUMN translation_set, DROP COLUMN correction_note;

--changeset newsdesk:0012-published-correction
--comment: the public correction notes of a published dispatch, oldest first (revision order)
CREATE TABLE published_correction (
    dispatch_id  BIGINT      NOT NULL,
    revision_no  INT         NOT NULL,
    note         TEXT        NOT NULL,
    corrected_at DATETIME(6) NOT NULL,
    PRIMARY KEY (dispatch_id, revision_no),
    CONSTRAINT fk_published_correction_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE published_correction;

--changeset newsdesk:0012-killed-dispatch
--comment: what stays public of a killed dispatch that had been published: its address, headline, identity and notice (the 410 page, partners' canceled items); never its text
CREATE TABLE killed_dispatch (
    dispatch_id        BIGINT       NOT NULL,
    language           VARCHAR(16)  NOT NULL,
    slug               VARCHAR(200) NOT NULL,
    revision_no        INT          NOT NULL,
    first_published_at DATETIME(6)  NOT NULL,
    published_at       DATETIME(6)  NOT NULL,
    embargo_until      DATETIME(6)  NULL,
    killed_at          DATETIME(6)  NOT NULL,
    notice             TEXT         NULL,
    urgency            TINYINT      NOT NULL,
    section_code       VARCHAR(40)  NULL,
    headline           VARCHAR(200) NOT NULL,
    slugline           VARCHAR(64)  NULL,
    dateline_place     VARCHAR(100) NULL,
    dateline_date      DATE         NULL,
    byline             VARCHAR(200) NULL,
    keywords           VARCHAR(500) NULL,
    translation_set    BIGINT       NULL,
    PRIMARY KEY (dispatch_id),
    CONSTRAINT fk_killed_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id),
    INDEX ix_killed_language_slug (language, slug),
    INDEX ix_killed_at (killed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE killed_dispatch;

--changeset newsdesk:0012-public-read-model-backfill
UPDATE published_dispatch p
    JOIN dispatch_translation t ON t.dispatch_id = p.dispatch_id
SET p.translation_set = t.translation_set;
UPDATE published_dispatch p
    JOIN dispatch_revision r ON r.dispatch_id = p.dispatch_id AND r.revision_no = p.revision_no
SET p.correction_note = r.correction_note;
INSERT INTO published_correction (dispatch_id, revision_no, note, corrected_at)
SELECT r.dispatch_id, r.revision_no, r.correction_note, COALESCE(r.corrected_at, r.created_at)
FROM published_dispatch p
JOIN dispatch_revision r ON r.dispatch_id = p.dispatch_id AND r.revision_no <= p.revision_no
WHERE r.correction_note IS NOT NULL;
INSERT INTO killed_dispatch (dispatch_id, language, slug, revision_no, first_published_at, published_at, embargo_until,
                             killed_at, notice, urgency, section_code, headline, slugline, dateline_place, dateline_date,
                             byline, keywords, translation_set)
SELECT d.id, d.language, r.slug, r.revision_no, d.first_published_at, COALESCE(d.published_at, d.first_published_at),
       d.embargo_until, d.updated_at, d.kill_notice, r.urgency, r.section_code, r.headline, r.slugline, r.dateline_place,
       r.dateline_date, r.byline, r.keywords, t.translation_set
FROM dispatch d
JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
LEFT JOIN dispatch_translation t ON t.dispatch_id = d.id
WHERE d.state = 'KILLED' AND d.first_published_at IS NOT NULL;
--rollback DELETE FROM killed_dispatch; DELETE FROM published_correction;
