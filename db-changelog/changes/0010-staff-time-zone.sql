--liquibase formatted sql

--changeset newsdesk:0010-staff-time-zone
--comment: each staff member's time zone for entering and reading times (IANA id); NULL = the browser's
ALTER TABLE staff_account ADD COLUMN time_zone VARCHAR(64) NULL;
--rollback ALTER TABLE staff_account DROP COLUMN time_zone;
