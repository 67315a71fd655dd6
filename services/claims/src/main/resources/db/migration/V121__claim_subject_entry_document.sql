-- A search by entity walks the entity's documents in order (ClaimStore.search), a page at a time, instead of sorting
-- every claim that names it (issue 13: the corpus report's contradiction search).
create index ix_claim_subject_entry_document on claim_subject (entry_id, document_id);
