-- An entry's mentions (EntryService.mentions, GET /api/glossary/entries/{id}/mentions), a page at a time, in the order
-- of this index (entry_id, document_id, start_offset), so that a page reads its rows from the index instead of
-- reading and sorting every mention of the entry on each request (issue 13: popular entries have tens of thousands).
-- It serves every query of the index it replaces (all filter on entry_id: the counters' recount, merge, split,
-- delete, and the foreign key's cascade).
create index ix_mention_entry_document_start on mention (entry_id, document_id, start_offset);
drop index ix_mention_entry;
