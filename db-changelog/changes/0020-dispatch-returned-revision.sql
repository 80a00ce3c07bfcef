--liquibase formatted sql

--changeset newsdesk:0020-dispatch-returned-revision
--comment: the latest revision when an editor last returned the dispatch, so the review baseline comes from the dispatch itself rather than from the audit trail; backfilled from the trail once
ALTER TABLE dispatch ADD COLUMN returned_revision INT NULL;
UPDATE dispatch d SET d.returned_revision = (
    SELECT MAX(r.revision_no) FROM dispatch_revision r
    JOIN audit_entry e ON e.target_type = 'DISPATCH' AND e.target_id = r.dispatch_id
         AND e.action = 'DISPATCH_RETURN' AND e.occurred_at >= r.created_at
    WHERE r.dispatch_id = d.id);
--rollback ALTER TABLE dispatch DROP COLUMN returned_revision;
