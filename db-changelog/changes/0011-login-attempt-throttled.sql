--liquibase formatted sql

--changeset newsdesk:0011-login-attempt-throttled
--comment: attempts the throttle refused are recorded too, but do not count as failures (or a refused user would stay blocked); old attempts are pruned by age
ALTER TABLE login_attempt
    ADD COLUMN throttled BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_login_attempt_time (attempted_at);
--rollback ALTER TABLE login_attempt DROP INDEX ix_login_attempt_time, DROP COLUMN throttled;
