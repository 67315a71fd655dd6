-- Issue 13: two indexes whose every use a wider index with the same leading column serves, and which every analysis
-- kept up for nothing (some thirty mention rows and a few evidence rows per document):
-- mention (document_id) is the head of ix_mention_document_entry (document_id, entry_id) from V30, and
-- entry_evidence (entry_id) the head of ix_entry_evidence_entry_document (entry_id, document_id) from V30 (which the
-- foreign key's cascade and the per-entry reads use as well).
drop index ix_mention_document;
drop index ix_entry_evidence_entry;
