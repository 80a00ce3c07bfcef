--liquibase formatted sql

--changeset newsdesk:0030-picture
--comment: a picture as the newsroom knows it: its original (content-addressed in the media store, stored once however often it is uploaded) and its IPTC-style metadata; GPS and camera data are never copied here
CREATE TABLE picture (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    original_key     VARCHAR(80)  NOT NULL,
    media_type       VARCHAR(40)  NOT NULL,
    width            INT          NOT NULL,
    height           INT          NOT NULL,
    byte_size        BIGINT       NOT NULL,
    original_name    VARCHAR(255) NULL,
    creator          VARCHAR(200) NULL,
    credit           VARCHAR(200) NULL,
    copyright_notice VARCHAR(300) NULL,
    taken_on         DATE         NULL,
    city             VARCHAR(100) NULL,
    country          VARCHAR(100) NULL,
    uploaded_by      BIGINT       NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_picture_original UNIQUE (original_key),
    CONSTRAINT fk_picture_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES staff_account (id),
    INDEX ix_picture_uploaded_at (uploaded_at),
    INDEX ix_picture_taken_on (taken_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE picture;

--changeset newsdesk:0030-picture-text
--comment: caption and alt text per language (a picture reused in a French and an English dispatch is described in each)
CREATE TABLE picture_text (
    picture_id BIGINT       NOT NULL,
    language   VARCHAR(16)  NOT NULL,
    caption    TEXT         NULL,
    alt_text   VARCHAR(500) NULL,
    PRIMARY KEY (picture_id, language),
    CONSTRAINT fk_picture_text_picture FOREIGN KEY (picture_id) REFERENCES picture (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE picture_text;

--changeset newsdesk:0030-picture-rendition
--comment: generated renditions (srcset widths, thumbnail, social card; JPEG and WebP), each content-addressed in the media store
CREATE TABLE picture_rendition (
    picture_id BIGINT      NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    format     VARCHAR(8)  NOT NULL,
    width      INT         NOT NULL,
    height     INT         NOT NULL,
    media_key  VARCHAR(80) NOT NULL,
    byte_size  BIGINT      NOT NULL,
    PRIMARY KEY (picture_id, kind, format),
    CONSTRAINT fk_picture_rendition_picture FOREIGN KEY (picture_id) REFERENCES picture (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE picture_rendition;

--changeset newsdesk:0030-dispatch-picture
--comment: the pictures of a dispatch in order; position 0 is the lead picture, the rest the gallery
CREATE TABLE dispatch_picture (
    dispatch_id BIGINT NOT NULL,
    picture_id  BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (dispatch_id, picture_id),
    CONSTRAINT fk_dispatch_picture_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id),
    CONSTRAINT fk_dispatch_picture_picture FOREIGN KEY (picture_id) REFERENCES picture (id),
    INDEX ix_dispatch_picture_order (dispatch_id, position),
    INDEX ix_dispatch_picture_picture (picture_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE dispatch_picture;

--changeset newsdesk:0030-published-picture
--comment: the public read model's pictures: written by the projection when a dispatch is published (in the dispatch's language), removed when it is killed or unpublished
CREATE TABLE published_picture (
    dispatch_id      BIGINT       NOT NULL,
    picture_id       BIGINT       NOT NULL,
    position         INT          NOT NULL,
    width            INT          NOT NULL,
    height           INT          NOT NULL,
    caption          TEXT         NULL,
    alt_text         VARCHAR(500) NOT NULL,
    creator          VARCHAR(200) NULL,
    credit           VARCHAR(200) NULL,
    copyright_notice VARCHAR(300) NULL,
    PRIMARY KEY (dispatch_id, picture_id),
    CONSTRAINT fk_published_picture_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id),
    INDEX ix_published_picture_order (dispatch_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE published_picture;

--changeset newsdesk:0030-published-rendition
CREATE TABLE published_rendition (
    dispatch_id BIGINT      NOT NULL,
    picture_id  BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    format      VARCHAR(8)  NOT NULL,
    width       INT         NOT NULL,
    height      INT         NOT NULL,
    media_key   VARCHAR(80) NOT NULL,
    byte_size   BIGINT      NOT NULL,
    PRIMARY KEY (dispatch_id, picture_id, kind, format),
    CONSTRAINT fk_published_rendition_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id),
    INDEX ix_published_rendition_key (media_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE published_rendition;
