--liquibase formatted sql

--changeset newsdesk:0004-dispatch-workflow-columns
--comment: the dispatch row holds the working copy; readers see the published revision (dispatch_revision)
ALTER TABLE dispatch
    ADD COLUMN latest_revision    INT          NOT NULL DEFAULT 0,
    ADD COLUMN published_revision INT          NULL,
    ADD COLUMN first_published_at DATETIME(6)  NULL,
    ADD COLUMN scheduled_at       DATETIME(6)  NULL,
    ADD COLUMN embargo_until      DATETIME(6)  NULL,
    ADD COLUMN kill_notice        TEXT         NULL,
    ADD COLUMN locked_by          BIGINT       NULL,
    ADD COLUMN locked_at          DATETIME(6)  NULL,
    ADD COLUMN lock_seen_at       DATETIME(6)  NULL,
    ADD CONSTRAINT fk_dispatch_locked_by FOREIGN KEY (locked_by) REFERENCES staff_account (id),
    ADD INDEX ix_dispatch_scheduled (state, scheduled_at);
--rollback ALTER TABLE dispatch DROP FOREIGN KEY fk_dispatch_locked_by, DROP INDEX ix_dispatch_scheduled, DROP COLUMN latest_revision, DROP COLUMN published_revision, DROP COLUMN first_published_at, DROP COLUMN scheduled_at, DROP COLUMN embargo_until, DROP COLUMN kill_notice, DROP COLUMN locked_by, DROP COLUMN locked_at, DROP COLUMN lock_seen_at;

--changeset newsdesk:0004-dispatch-revision
--comment: every save is a revision; never updated, never deleted
CREATE TABLE dispatch_revision (
    dispatch_id     BIGINT       NOT NULL,
    revision_no     INT          NOT NULL,
    headline        VARCHAR(200) NOT NULL,
    slug            VARCHAR(200) NOT NULL,
    slugline        VARCHAR(64)  NULL,
    dateline_place  VARCHAR(100) NULL,
    dateline_date   DATE         NULL,
    byline          VARCHAR(200) NULL,
    lead            TEXT         NULL,
    body            MEDIUMTEXT   NOT NULL,
    section_code    VARCHAR(40)  NULL,
    keywords        VARCHAR(500) NULL,
    urgency         TINYINT      NOT NULL,
    correction_note TEXT         NULL,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (dispatch_id, revision_no),
    CONSTRAINT fk_revision_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id),
    CONSTRAINT fk_revision_created_by FOREIGN KEY (created_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE dispatch_revision;

--changeset newsdesk:0004-dispatch-revision-backfill
--comment: dispatches from before revisions get revision 1; published ones publish it
INSERT INTO dispatch_revision (dispatch_id, revision_no, headline, slug, slugline, dateline_place, dateline_date, byline,
                               lead, body, section_code, keywords, urgency, created_by, created_at)
SELECT id, 1, headline, slug, slugline, dateline_place, dateline_date, byline, lead, body, section_code, keywords, urgency,
       created_by, updated_at
FROM dispatch;
UPDATE dispatch SET latest_revision = 1,
                    published_revision = CASE WHEN state = 'PUBLISHED' THEN 1 ELSE NULL END,
                    first_published_at = published_at;
--rollback DELETE FROM dispatch_revision;

--changeset newsdesk:0004-dispatch-comment
CREATE TABLE dispatch_comment (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    dispatch_id BIGINT      NOT NULL,
    author_id   BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    body        TEXT        NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_comment_dispatch (dispatch_id, created_at),
    CONSTRAINT fk_comment_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE dispatch_comment;
