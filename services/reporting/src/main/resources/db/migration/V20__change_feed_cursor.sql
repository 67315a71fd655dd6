-- The check indexer follows ingestion's change feed by (updated_at, id) instead of the largest id:
-- a document analysed later than a higher id (or analysed again) is no longer passed over.
-- The old id cursor means something else, so every cursor starts again from the beginning
-- (storing a document's unchanged results again writes nothing).
alter table indexer_cursor add column last_changed_at timestamp with time zone;
update indexer_cursor set last_document_id = 0, last_changed_at = null;
