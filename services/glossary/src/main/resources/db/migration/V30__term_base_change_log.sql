-- Issue 13: a change log so that a replica catches up with what others changed instead of reloading the term base,
-- and the indexes the per-document writes use (evidence of one entry from one document, mentions of one document).
-- Each committed change of the term base bumps term_base_state.version (checked, not locked: the update names the
-- version it read) and writes one row per entry it touched: document_id set when only that document's evidence of
-- the entry changed (a replica re-reads just those rows), null when the entry itself changed (re-read it all).
create table term_base_change (
    version     bigint not null,
    entry_id    bigint not null,
    document_id varchar(64)
);
create index ix_term_base_change_version on term_base_change (version);

create index ix_entry_evidence_entry_document on entry_evidence (entry_id, document_id);
create index ix_mention_document_entry on mention (document_id, entry_id);
