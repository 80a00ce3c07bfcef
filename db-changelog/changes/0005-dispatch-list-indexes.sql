--liquibase formatted sql

--changeset newsdesk:0005-dispatch-list-indexes
--comment: the newsroom list sorts by last change and filters by state, language, section, author, urgency and words
ALTER TABLE dispatch
    ADD INDEX ix_dispatch_updated (updated_at, id),
    ADD INDEX ix_dispatch_state_language_updated (state, language, updated_at),
    ADD INDEX ix_dispatch_author_state_updated (created_by, state, updated_at),
    ADD INDEX ix_dispatch_section_updated (section_code, updated_at),
    ADD INDEX ix_dispatch_urgency_updated (urgency, updated_at);
--rollback ALTER TABLE dispatch DROP INDEX ix_dispatch_updated, DROP INDEX ix_dispatch_state_language_updated, DROP INDEX ix_dispatch_author_state_updated, DROP INDEX ix_dispatch_section_updated, DROP INDEX ix_dispatch_urgency_updated;

--changeset newsdesk:0005-dispatch-fulltext
--comment: word search over headline and slugline for the newsroom list (InnoDB FULLTEXT)
ALTER TABLE dispatch ADD FULLTEXT INDEX ft_dispatch_headline (headline, slugline);
--rollback ALTER TABLE dispatch DROP INDEX ft_dispatch_headline;
